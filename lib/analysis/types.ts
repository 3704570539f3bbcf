// The minimal structural shape the analyses read. lib/backup's parsed backup has more fields;
// keeping this narrow (readonly, optional where the backup format has a default) means the full
// backup, a test fixture or a hand-built object are all assignable without conversion.

export interface AnalysisMedication {
  readonly name?: string;
  // string, not the class union: an unknown class from a newer file must not break the analysis;
  // anything not in ACUTE_CLASSES is simply never counted toward overuse.
  readonly class: string;
  readonly takenAt: string;
}

export interface AnalysisAttack {
  readonly id: string;
  readonly start: string;
  readonly end?: string | null;
  readonly medications?: ReadonlyArray<AnalysisMedication>;
}

export interface AnalysisInterval {
  readonly start: string;
  readonly end: string;
}

export interface AnalysisInput {
  readonly attacks: ReadonlyArray<AnalysisAttack>;
  readonly screenTime?: {
    readonly sessions: ReadonlyArray<AnalysisInterval>;
    readonly coverage: ReadonlyArray<AnalysisInterval>;
  } | null;
}
