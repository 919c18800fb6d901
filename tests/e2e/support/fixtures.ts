/** The fixture files and passages the end-to-end specs work with. */
import { join } from 'node:path';
import { ROOT } from './session';

const DA = join(ROOT, 'fixtures/interviews/da');
export const JKM_FILE = join(DA, 'JKM.txt');
export const TC_FILE = join(DA, 'TC.txt');
export const BINARY_FILE = join(ROOT, 'fixtures/broken/binary.txt');

/** JKM.txt, line 31: coded with the mouse and the quick picker. */
export const RISK_SENTENCE = 'Men hvis man aldrig tør fejle, så lærer man heller ikke noget.';
/** JKM.txt, line 31 again: overlaps the end of the sentence before and the start of RISK_SENTENCE. */
export const OVERLAP_PASSAGE = 'og det er også sundt nok. Men hvis man aldrig tør fejle';
/** TC.txt, line 23 (the paragraph that starts "[00:03:02] TC:"): coded by keyboard only. */
export const TC_PARAGRAPH_START = '[00:03:02] TC:';
export const TC_PASSAGE = 'Så for os er samskabelse ikke noget nyt';
/** A word only TC.txt contains, once. */
export const SEARCH_WORD = 'foreningskultur';
export const JKM_NAME = 'Jens Kristian Munk';
