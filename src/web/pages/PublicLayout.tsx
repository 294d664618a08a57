import type { ReactNode } from 'react';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { PRODUCT_NAME } from '../components/product.js';

/** The frame of pages shown before signing in: the name, the language and one card. */
export function PublicLayout({ children, showLanguage = true }: { children: ReactNode; showLanguage?: boolean }) {
  return (
    <div className="public-layout">
      <header className="public-header">
        <span className="brand">{PRODUCT_NAME}</span>
        {showLanguage ? <LanguageSelect /> : null}
      </header>
      <main className="card public-card">{children}</main>
    </div>
  );
}
