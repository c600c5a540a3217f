import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../../src/articles/language.js';

describe('article language', () => {
  it('GIVEN an English team sheet (names, few function words) THEN it is English', () => {
    const sheet =
      'Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens; McGee, Rawlinson, Gerber; Murphy, Palmer (capt), Morgan, Parks, Popham. Replacements: Kalman, Regan, Hyde, Rigney, McMillan, Rock, Vickerman. Saracens: Bartholomeusz; Castaignede, Sorrell, Harris, Vaikona.';
    expect(articleLanguage(sheet).english).toBe(true);
  });

  it('GIVEN German text on a page that declares "en" THEN it is not English', () => {
    const text =
      'Die Digitalisierung als Wachstums- und Entwicklungstreiber zieht sich bereits heute durch fast alle Branchen und ist nicht mehr aufzuhalten. Auch das Gesundheitswesen ist davon betroffen, und die elektronische Patientenakte ist ein wichtiger Schritt auf dem Weg in die digitale Zukunft der Versorgung.';
    expect(articleLanguage(text, 'en')).toMatchObject({ english: false });
  });

  it('GIVEN Portuguese text on a page that declares "pt" THEN it is Portuguese', () => {
    const text =
      'A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois veículos que estavam estacionados em frente à sede do serviço, no bairro Amizade, e a polícia foi chamada para o local.';
    expect(articleLanguage(text, 'pt')).toEqual({ code: 'pt', name: 'Portuguese', english: false });
  });

  it('GIVEN Korean or Japanese text THEN the script names the language', () => {
    expect(articleLanguage('시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다.').name).toBe(
      'Korean',
    );
    expect(
      articleLanguage('台風の被害で三週間運休していた離島フェリーが運航を再開した。').name,
    ).toBe('Japanese');
  });
});
