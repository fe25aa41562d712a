import { describe, expect, test } from 'vitest';
import { nameOf } from '../../scripts/read/read-records.ts';

describe('nameOf', () => {
  test('a generational suffix goes to `suffix` wherever the export writes it', () => {
    // Web of Science AF and RIS: a part of its own; Web of Science also after the surname or the initials.
    expect(nameOf('Cain, James W., III')).toEqual({ family: 'Cain', given: 'James W.', suffix: 'III' });
    expect(nameOf('Moore III, James L.')).toEqual({ family: 'Moore', given: 'James L.', suffix: 'III' });
    expect(nameOf('Fletcher Jr, Edward C.')).toEqual({ family: 'Fletcher', given: 'Edward C.', suffix: 'Jr.' });
    expect(nameOf('Fletcher, EC Jr')).toEqual({ family: 'Fletcher', given: 'EC', suffix: 'Jr.' });
    expect(nameOf('da Silva, E. J., Jr.')).toEqual({ family: 'da Silva', given: 'E. J.', suffix: 'Jr.' });
    // MEDLINE's FAU and AU.
    expect(nameOf('Smith, John A 3rd')).toEqual({ family: 'Smith', given: 'John A', suffix: '3rd' });
    expect(nameOf('Smith JA Jr', 'initials-last')).toEqual({ family: 'Smith', given: 'JA', suffix: 'Jr.' });
  });

  test('a lone letter after a second comma is one more initial, and a given name of suffix letters alone stays a given name', () => {
    expect(nameOf('Sychev, Roman, V')).toEqual({ family: 'Sychev', given: 'Roman V.' });
    expect(nameOf('Cogan, Noel O., I')).toEqual({ family: 'Cogan', given: 'Noel O. I.' });
    expect(nameOf('Yushina, IV')).toEqual({ family: 'Yushina', given: 'IV' });
    expect(nameOf('Kim, II')).toEqual({ family: 'Kim', given: 'II' });
  });

  test('names without a suffix are split as before', () => {
    expect(nameOf('Huang, Heng')).toEqual({ family: 'Huang', given: 'Heng' });
    expect(nameOf('Altwegg')).toEqual({ literal: 'Altwegg' });
    expect(nameOf('van Gogh V', 'initials-last')).toEqual({ family: 'van Gogh', given: 'V' });
  });
});
