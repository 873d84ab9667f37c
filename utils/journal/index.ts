// Public entry of the journal core, for the journal pages and the background.
export { Journal, type EncryptionState, type JournalOptions } from './journal';
export * from './types';
export * from './errors';
export { MAX_BACKUP_BYTES, checkBackupSize, type JournalBackup } from './backup';
export type { ImportPlan, EntryConflict } from './merge';
export type { CategoryCounts } from './counters';
export type { SettingsPatch } from './settings';
export { MIN_PASSPHRASE_LENGTH } from './crypto';
export { localDay, addDays, isDay, startOfDay, weekStart } from './days';
export { parseTagList, normalizeTags } from './validate';
export { requestPersistentStorage, type PersistState } from './persist';
export {
  shouldPromptCheckIn,
  nextCheckInTime,
  onTicketChecked,
  NO_STREAK,
  type TenseStreak,
  type TicketChecked,
} from './prompts';
export { dailyStats, withCounters, workloadOf, type DayStats } from './analysis/daily';
export * from './analysis/chart';
export { weekSummary, type WeekSummary, type WeekFigures } from './analysis/summary';
export { observe, type Observation } from './analysis/observations';
export { filterEntries, tagsByUse, NO_FILTER, type EntryFilter } from './analysis/filter';
