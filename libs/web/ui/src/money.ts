/**
 * Money is written the Ecuadorian way in both languages ("$85.000", typed as "85.000,50"), taken
 * from `Intl.NumberFormat('es-EC')` so that display and typing follow the same rule.
 */
const moneyLocale = 'es-EC';

/** `$85.000` (US dollars) or `€12.500`, whole units. */
export function formatMoney(amount: number, currency = 'USD'): string {
  return new Intl.NumberFormat(moneyLocale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

const parts = new Intl.NumberFormat(moneyLocale).formatToParts(1234.5);
const separator = (type: 'group' | 'decimal') => parts.find((part) => part.type === type)?.value ?? '';

/** Props for Mantine's `NumberInput` of an amount: the same separators as `formatMoney`, never negative. */
export const moneyInputProps = {
  thousandSeparator: separator('group'),
  decimalSeparator: separator('decimal'),
  decimalScale: 2,
  allowNegative: false,
} as const;
