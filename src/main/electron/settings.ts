/** Remembered between sessions: recent projects and each window's size. */
import { app } from 'electron';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const boundsSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().min(400),
  height: z.number().min(300),
});
const settingsSchema = z.object({
  recentProjects: z.array(z.string()).max(20).default([]),
  windowBounds: boundsSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
export type WindowBounds = z.infer<typeof boundsSchema>;

const file = () => join(app.getPath('userData'), 'settings.json');

export function loadSettings(): Settings {
  try {
    if (existsSync(file())) return settingsSchema.parse(JSON.parse(readFileSync(file(), 'utf8')));
  } catch {
    // A damaged settings file only costs the recent list; start afresh.
  }
  return { recentProjects: [] };
}

export function saveSettings(settings: Settings): void {
  writeFileSync(file(), JSON.stringify(settings, null, 2));
}

export function rememberProject(path: string): void {
  const settings = loadSettings();
  settings.recentProjects = [path, ...settings.recentProjects.filter((p) => p !== path)].slice(
    0,
    10,
  );
  saveSettings(settings);
  app.addRecentDocument(path);
}

export function rememberBounds(bounds: WindowBounds): void {
  saveSettings({ ...loadSettings(), windowBounds: bounds });
}
