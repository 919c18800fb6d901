/** One row of a spreadsheet or CSV file. */
export interface TableRow {
  /** 1-based row number as a spreadsheet shows it (a CSV record may span several lines). */
  number: number;
  /** Cell text by column; missing cells are ''. */
  cells: string[];
}
