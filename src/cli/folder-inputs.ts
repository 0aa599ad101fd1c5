/** The files a folder given on the command line gives: CSV files and tab-separated ones (`.tsv`, as the map also opens). */
export const FOLDER_INPUT = /\.(csv|tsv)$/i;
