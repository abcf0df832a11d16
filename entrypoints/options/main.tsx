// zod's English issue messages, which zod/mini leaves out (see the module).
import '@/lib/schema/issue-messages';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { detectLocale, languageTag } from '@/lib/i18n/locale';
import { OPTIONS_TEXT } from '@/lib/i18n/options-text';
import '@/components/options/options.css';

const locale = detectLocale(navigator.languages);
document.documentElement.lang = languageTag(locale);
document.title = OPTIONS_TEXT[locale].title;
createRoot(document.getElementById('root')!).render(<OptionsApp locale={locale} />);
