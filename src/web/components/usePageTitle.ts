import { useEffect } from 'react';
import { PRODUCT_NAME } from './product.js';

/** Sets the browser tab's title to "<title> · Chorus". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${PRODUCT_NAME}`;
  }, [title]);
}
