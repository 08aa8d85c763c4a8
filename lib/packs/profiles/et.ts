import type { LanguageProfile } from './types';

/** Estonian: greetings, closings and the cues of sentence roles. */
export const et: LanguageProfile = {
  language: 'et',
  greeting: { named: 'Tere, {customerName}!', plain: 'Tere!' },
  factLead: { text: 'Teie päringu kohta ({facts})', and: 'ja' },
  reasons: {
    nameMissing: 'klienti ei pöörduta nimepidi',
    greetingMissing: 'vastus ei alga tervitusega',
    tooShort: 'nii lühike vastus ei selgita tavaliselt, miks või mis edasi saab',
    closingMissing: 'lõpus ei pakuta edasist abi',
  },
  closings: {
    problem: [
      'Kui saan veel kuidagi aidata, andke teada.',
      'Kui tekib veel küsimusi, kirjutage mulle julgelt.',
      'Küsimuste korral olen Teile hea meelega abiks.',
    ],
    followUp: [
      'Kui vahepeal tekib küsimusi, andke teada.',
      'Kui vahepeal on küsimusi, vastake otse sellele sõnumile.',
      'Kui seni tekib muid küsimusi, aitan hea meelega.',
    ],
    general: [
      'Kui tekib veel küsimusi, vastan hea meelega.',
      'Aitan hea meelega ka edaspidi.',
      'Küsimuste korral kirjutage julgelt.',
    ],
  },
  roles: {
    // Thanks for the message or the wait, or congratulations: what a reply says before anything else.
    acknowledgement: ['(aitäh|tänan|täname|tänud)', 'palju õnne'],
    apology: ['(vabandan|vabandame|vabandust|vabandus*|kahetsen|kahetseme|kahju)', '(meie|minu) (viga|eksitus|süü)'],
    // Sympathy is not an apology: an angry customer is owed both (practice: scenario 7, steps 1 and 2).
    empathy: [
      '(mõistan|saan aru|mõistame|kujutan ette) ~4 (ebameeldiv*|tüütu*|häiri*|pahane|pettun*|mure*|frustree*|raske|kurb)',
    ],
    reason: ['(sest|kuna|põhjus*|seetõttu|seepärast|tõttu|sellepärast|muidu)'],
    alternative: [
      '(saate|võite|saad|võid) ~3 (siiski|ka|hoopis|tellida|broneerida|osta|vahetada|tagastada|valida|kasutada|proovida|tulla|minna|lisada|muuta|tühistada)',
      'või (saate|võite|saame|saan)',
      '(selle asemel|asemel|alternatiiv*|samaväärse*|sarnase*|vahepeal|seniks)',
      '(saan|saame|võin|võime|saaksin|saaksime) ~3 (pakkuda|soovitada|broneerida|reserveerida|tellida|saata|vahetada|tagastada|hüvitada|muuta)',
      '(broneerin|broneerime|reserveerin|reserveerime|ootenimekir*|ootejärjekor*)',
      '(taas|uuesti|jälle|tagasi) ~2 (saadaval|müügil|laos|lattu)',
      '(teine|teise|mõne teise|muu) (mudel*|värvi*|suuruse*|kuupäeva*|aja*|poe*|esinduse*|variandi*)',
    ],
    next_step: [
      '(hüvitame|hüvitan|asendame|vahetame|parandame|saadame|tagastame|kanname|krediteerime|kompenseerime|tühistame|lisame|broneerisin|tühistasin|saatsin|kandsin|lisasin|avasin|registreerisin|parandasin)',
      '(uurin|uurime|kontrollin|kontrollime|täpsustan|täpsustame|küsin|küsime|edastan|edastame|edastasin|helistan|helistame)',
      '(annan|anname) ~3 (teada|vastuse|märku)',
      '(võtan|võtame|võtab|võtavad) ~3 ühendust',
      '(saadan|saadame) ~3 (vastuse|info|infot|kinnituse|teate)',
      '(tulen|tuleme) ~4 tagasi',
      '(selgitan|selgitame) ~3 välja',
      '(vastan|vastame|vastab|kirjutan|kirjutame|tegelen|tegeleme|tegeleb|otsin|otsime)',
    ],
    time: [
      '(täna|homme|ülehomme|esmaspäev*|teisipäev*|kolmapäev*|neljapäev*|reede*|laupäev*|pühapäev*)',
      '(tänaseks|homseks|ülehomseks|õhtuks|hommikuks|lõunaks|pärastlõunaks|nädalavahetuseks|kuuks|kella)',
      '(jaanuar*|veebruar*|märts*|aprill*|mai|juuni*|juuli*|august*|september*|oktoober*|november*|detsember*)',
      '(tunni|päeva|nädala|tööpäeva) (jooksul|pärast|möödudes)',
    ],
  },
};
