/** The product's name is a name, the same in every language. */
export const PRODUCT_NAME = 'Chorus';
