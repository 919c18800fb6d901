import { describe, expect, it } from 'vitest';
import type { Speaker } from '@shared/domain/entities';
import {
  lacksLegendName,
  speakerFieldUpdate,
} from '../../../../src/renderer/features/speakers/speaker-fields';

const jkm: Speaker = {
  id: 's1',
  label: 'JKM',
  name: 'Jens Kristian Munk',
  title: null,
  organisation: 'Aalborg Kommune',
  isInterviewer: false,
  caseId: null,
};

describe('speakerFieldUpdate', () => {
  it('sends only a changed, trimmed value', () => {
    expect(speakerFieldUpdate(jkm, 'title', '  Kommunaldirektør ')).toEqual({
      title: 'Kommunaldirektør',
    });
    expect(speakerFieldUpdate(jkm, 'name', 'Jens Kristian Munk ')).toBeNull();
    expect(speakerFieldUpdate(jkm, 'title', '   ')).toBeNull();
  });

  it('clears an optional field that is emptied', () => {
    expect(speakerFieldUpdate(jkm, 'organisation', ' ')).toEqual({ organisation: null });
  });

  it('never sends an empty label', () => {
    expect(speakerFieldUpdate(jkm, 'label', ' ')).toBeNull();
    expect(speakerFieldUpdate(jkm, 'label', 'JKM2')).toEqual({ label: 'JKM2' });
  });
});

describe('lacksLegendName', () => {
  it('flags interviewees known only by initials, not interviewers', () => {
    expect(lacksLegendName(jkm)).toBe(false);
    expect(lacksLegendName({ ...jkm, name: null })).toBe(true);
    expect(lacksLegendName({ ...jkm, name: '  ' })).toBe(true);
    expect(lacksLegendName({ ...jkm, name: null, isInterviewer: true })).toBe(false);
  });

  it('accepts a label that is already a full name', () => {
    expect(lacksLegendName({ ...jkm, label: 'Sarah Okafor', name: null })).toBe(false);
    expect(lacksLegendName({ ...jkm, label: 'Sarah', name: null })).toBe(true);
  });
});
