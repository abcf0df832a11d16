/**
 * English names of the grades of the usual 评定等次 scales (the built-in 好/较好/一般/差 and the civil
 * service's 优秀/称职/基本称职/不称职). The form stores and fills in the team's own words; only what
 * the panel shows changes. A grade a team wrote itself is shown as written.
 */
const ENGLISH: Readonly<Record<string, string>> = {
  好: 'Good',
  较好: 'Fairly good',
  一般: 'Fair',
  差: 'Poor',
  较差: 'Poor',
  优秀: 'Excellent',
  称职: 'Competent',
  基本称职: 'Basically competent',
  不称职: 'Not competent',
};

export const englishRatingName = (grade: string): string => (Object.hasOwn(ENGLISH, grade) ? ENGLISH[grade]! : grade);
