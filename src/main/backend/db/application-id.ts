/** "CITA" — marks an SQLite file as a Citat project (PRAGMA application_id). */
export const CITAT_APPLICATION_ID = 0x43495441;
