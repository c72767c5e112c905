import type { HeadcountAssessment } from './assessment.js';
import { cite, type Evidence } from './evidence.js';
import { assessHeadcount } from './headcount.js';
import type { Condition, FigureId, PracticeId, RoleId, StageId } from './playbook/ids.js';
import { ROLE_IDS, STAGE_IDS } from './playbook/ids.js';
import type { ClaimKind, Playbook, SeatLevel, Sourcing } from './playbook/schema.js';
import { countOf, hasPractice, type TeamProfile } from './profile.js';
import { inSentence, pluralOf, singularOf } from './wording.js';

export type ResolvedLevel = Readonly<SeatLevel & { id: string }>;
/**
 * Stage -> role -> level. Maps, not objects: lookups by a role id that varies made V8's property loads
 * megamorphic, and that one line was ~13% of an assessment (measured).
 */
type SeatTable = ReadonlyMap<StageId, ReadonlyMap<RoleId, ResolvedLevel>>;

/** Each playbook's seats resolved to their levels once: rules ask for them thousands of times a second. */
const seatTables = new WeakMap<Playbook, SeatTable>();

function seatTable(playbook: Playbook): SeatTable {
  let table = seatTables.get(playbook);
  if (!table) {
    const resolve = (role: RoleId, stage: StageId): ResolvedLevel => {
      const id = playbook.roles[role].seats[stage];
      const level = playbook.levels[id];
      // The playbook schema guarantees every seat names a defined level.
      if (!level) throw new Error(`playbook seat ${role}/${stage} names undefined level ${id}`);
      // Every level gets the same shape, absent fields included, so the engine's many reads of a level stay
      // monomorphic (a spread of the parsed object gave levels of several shapes; measured ~10% of answer time).
      return Object.freeze({
        id,
        label: level.label,
        need: level.need,
        minCount: level.minCount,
        urgent: level.urgent,
        dedicated: level.dedicated,
        sharedWith: level.sharedWith,
        condition: level.condition,
        servesTeams: level.servesTeams,
        meaning: level.meaning,
      });
    };
    table = new Map(
      STAGE_IDS.map((stage) => [stage, new Map(ROLE_IDS.map((role) => [role, resolve(role, stage)]))]),
    );
    seatTables.set(playbook, table);
  }
  return table;
}

/**
 * The facts every rule asks about one team, computed once: who sits where, at which stage, under which
 * playbook. Rules read this instead of poking at the raw profile, so each rule reads like the playbook.
 */
export class TeamContext {
  readonly stage: StageId;
  readonly nextStage: StageId | null;
  readonly totalHeadcount: number;
  readonly totalInHouse: number;
  private readonly seats: SeatTable;
  /** The seats at the team's own stage, which most questions are about. */
  private readonly seatsNow: ReadonlyMap<RoleId, ResolvedLevel>;
  private headcountAssessment: HeadcountAssessment | undefined;

  constructor(
    readonly profile: TeamProfile,
    readonly playbook: Playbook,
  ) {
    this.stage = profile.stage;
    this.nextStage = STAGE_IDS[STAGE_IDS.indexOf(profile.stage) + 1] ?? null;
    this.seats = seatTable(playbook);
    this.seatsNow = this.seatsAt(this.stage);
    let total = 0;
    let inHouse = 0;
    for (const role of ROLE_IDS) {
      total += countOf(profile, role);
      inHouse += profile.roles[role].inHouse;
    }
    this.totalHeadcount = total;
    this.totalInHouse = inHouse;
  }

  count(role: RoleId): number {
    return countOf(this.profile, role);
  }

  inHouse(role: RoleId): number {
    return this.profile.roles[role].inHouse;
  }

  has(practice: PracticeId): boolean {
    return hasPractice(this.profile, practice);
  }

  /** The stage is `stage` or later. */
  isAtLeast(stage: StageId): boolean {
    return STAGE_IDS.indexOf(this.stage) >= STAGE_IDS.indexOf(stage);
  }

  get trainsOwnModels(): boolean {
    return this.profile.builds !== 'foundation_apis';
  }

  get buildsOnFoundationModels(): boolean {
    return this.profile.builds !== 'custom_models';
  }

  /**
   * The role has a place at the stage: the grid does not say to wait for it there, and a seat only for custom
   * models is wanted only when the team trains them. People in a seat without a place are ahead of the stage,
   * and no other seat is filled just to support them.
   */ hasPlaceAt(role: RoleId, stage: StageId): boolean {
    if (this.notForThisBuild(role)) return false;
    const level = this.level(role, stage);
    if (level.need === 'wait') return false;
    return level.need !== 'conditional' || this.holds(level.condition);
  } /** The seat is for work this team does not do: it exists only for custom models, and the team trains none. */
  notForThisBuild(role: RoleId): boolean {
    const condition = this.playbook.roles[role].onlyFor;
    return condition !== undefined && !this.holds(condition);
  }

  /**
   * The seat is welcome but not required for what this team builds: the AI engineer is the playbook's "LLM
   * apps" seat, building "on top of mostly pre-trained models", so a team that only trains its own models is
   * led by its ML engineer ("turns prototypes into reliable deployed models") and takes an AI engineer only as
   * needed. Likewise data scientists, "Core" at scale, come in there "for proprietary models": a team on
   * hosted models only takes them as needed. A pilot's design is "shared" with the people shipping the
   * product: a pilot that only trains its own models has no product layer yet, so design waits for production,
   * where it is core. People already in such a seat are kept, never called ahead of the stage.
   */
  optionalForThisBuild(role: RoleId, stage: StageId = this.stage): boolean {
    if (role === 'ai_engineer') return !this.buildsOnFoundationModels;
    if (role === 'frontend_design')
      return !this.buildsOnFoundationModels && this.level(role, stage).need === 'shared';
    if (role === 'data_scientist') return !this.trainsOwnModels && this.level(role, stage).need === 'core';
    return false;
  }

  /**
   * Why people in a seat the stage says to wait for stay anyway (MLOps, security: the playbook names filling
   * them late as a mistake), or undefined: such a seat is never made room from nor upskilled from.
   */
  keptOnceHeld(role: RoleId): string | undefined {
    return this.level(role).need === 'wait' ? this.playbook.roles[role].keptOnceHeld : undefined;
  }

  /**
   * People kept in a seat the stage says to wait for. Data scientists wait at a pilot, and go first when it
   * makes room; but a team of nothing else that trains its own models keeps one, the one who "defines the
   * metric a model should move before any model exists", rather than being replaced whole.
   */
  keptAheadOfStage(role: RoleId): number {
    const onlyThem = this.count(role) === this.totalHeadcount;
    return role === 'data_scientist' && onlyThem && this.trainsOwnModels && this.level(role).need === 'wait'
      ? 1
      : 0;
  }

  /**
   * The seat whose holder can carry this one's work once named its owner: eval folds into the AI engineer, or,
   * on a team that only trains its own models, into the ML engineer, who "builds ... the evaluation harness".
   */
  foldsInto(role: RoleId): Playbook['roles'][RoleId]['foldsInto'] {
    const folds = this.playbook.roles[role].foldsInto;
    // An AI engineer the team does have still carries it.
    if (folds && this.optionalForThisBuild(folds.role) && this.count(folds.role) === 0) {
      return { ...folds, role: 'ml_engineer' };
    }
    return folds;
  }

  /**
   * How the seat is best filled for this team. The playbook's anchors are the lead AI engineer and the AI
   * product manager for teams shipping on hosted models; a team that only trains its own models is led by its
   * model work ("the ML engineer comes later when a custom-trained model is on the table"), so there the ML
   * engineer is the anchor worth a full-time lead, and the AI engineer a specialist seat.
   */
  sourcing(role: RoleId): Sourcing {
    if (!this.buildsOnFoundationModels) {
      if (role === 'ml_engineer') return 'anchor_leader';
      if (role === 'ai_engineer') return 'specialist';
    }
    return this.playbook.roles[role].sourcing;
  }

  /** The figure, cited beside a claim of this kind when the playbook says it supports one. */
  cite(figure: FigureId, claim: ClaimKind): Evidence[] {
    return cite(this.playbook, figure, claim);
  }

  /**
   * McKinsey's value gap is the drop between a demo and production value: it stands beside the seats a pilot
   * moving to production still lacks, not beside a team already there (the survey measured adoption and
   * value, not staffing), nor a pilot staying one.
   */
  get movingIntoProduction(): boolean {
    return this.stage === 'pilot' && this.headingTo === 'production';
  }

  /** Headcount against the band, computed once for the grid, the rules and the summary. */
  get headcount(): HeadcountAssessment {
    this.headcountAssessment ??= assessHeadcount(this);
    return this.headcountAssessment;
  }

  /** The stage the team is moving to, when it says it is heading there (and there is one). */
  get headingTo(): StageId | null {
    return this.profile.headingToNext ? this.nextStage : null;
  }

  /**
   * The furthest stage the team is judged against: the next one when it is heading there, else its own.
   * Seats and practices needed there are needed now or due before the move.
   */
  get targetStage(): StageId {
    return this.headingTo ?? this.stage;
  }

  /** People the seat needs now or, for a team heading on, before the move. */
  requiredBy(role: RoleId): number {
    const now = this.requiredCount(role);
    const heading = this.headingTo;
    return heading ? Math.max(now, this.requiredCount(role, heading)) : now;
  }

  /** The playbook expects the practice at the team's stage, or at the stage it is heading to. */
  expects(practice: PracticeId): boolean {
    const from = this.playbook.practices[practice].expectedFrom;
    return STAGE_IDS.indexOf(from) <= STAGE_IDS.indexOf(this.targetStage);
  }

  /** The practice is expected and missing. */
  lacks(practice: PracticeId): boolean {
    return this.expects(practice) && !this.has(practice);
  }

  level(role: RoleId, stage: StageId = this.stage): ResolvedLevel {
    const level = (stage === this.stage ? this.seatsNow : this.seatsAt(stage)).get(role);
    // The table holds every role at every stage (built from ROLE_IDS x STAGE_IDS above).
    if (!level) throw new Error(`no seat for ${role} at ${stage}`);
    return level;
  }

  private seatsAt(stage: StageId): ReadonlyMap<RoleId, ResolvedLevel> {
    const seats = this.seats.get(stage);
    if (!seats) throw new Error(`no seats for stage ${stage}`);
    return seats;
  }

  /** The people a seat needs at a stage, given what the team builds: 0 when the seat is not required. */
  requiredCount(role: RoleId, stage: StageId = this.stage): number {
    // A seat that exists only for custom models (the ML engineer) is not needed by a team on hosted models at
    // any stage, even where the grid says "Core".
    if (this.notForThisBuild(role) || this.optionalForThisBuild(role, stage)) return 0;
    const level = this.level(role, stage);
    if (level.need === 'core') return level.minCount ?? 1;
    if (level.need === 'conditional' && this.holds(level.condition)) return level.minCount ?? 1;
    const definition = this.playbook.roles[role];
    // Some seats are real at every stage once their condition holds (custom models need trainers), or once
    // the seats that depend on them are held (data scientists need a data engineer).
    // A stage that says wait still waits: the condition makes the seat welcome there, not needed.
    if (this.holds(definition.requiredWhen) && level.need !== 'wait') return 1;
    for (const dependent of this.dependentsAt(role, stage)) if (dependent) return 1;
    return 0;
  }

  /**
   * Why a seat the grid calls optional (or shared) is needed by this team, in words; null when the grid's label
   * says it already.
   */
  whyNeeded(role: RoleId, stage: StageId = this.stage): string | null {
    const need = this.level(role, stage).need;
    if (need === 'core' || need === 'conditional' || this.requiredCount(role, stage) === 0) return null;
    const definition = this.playbook.roles[role];
    if (this.holds(definition.requiredWhen)) return 'Needed: the team trains its own models.';
    const beside = this.dependentsAt(role, stage);
    return beside.length > 0
      ? `Needed beside the ${beside.map((d) => this.seatPlural(d)).join(' and ')}.`
      : null;
  }

  /**
   * The held seats that need this one beside them at a stage (data scientists need a data engineer), counting
   * only those the stage has a place for: a seat is never added just to support one that is ahead of the stage.
   */
  dependentsAt(role: RoleId, stage: StageId = this.stage): RoleId[] {
    return this.playbook.roles[role].neededBy.filter(
      (dependent) => this.count(dependent) > 0 && this.hasPlaceAt(dependent, stage),
    );
  }

  holds(condition: Condition | undefined): boolean {
    switch (condition) {
      case 'custom_model':
        return this.trainsOwnModels;
      case undefined:
        return false;
    }
  }

  roleName(role: RoleId): string {
    return this.playbook.roles[role].shortName;
  }

  /** The role's name inside a sentence: "data engineer", but "AI engineer" and "MLOps / LLMOps engineer". */
  seatName(role: RoleId): string {
    const name = this.roleName(role);
    return inSentence(name);
  }

  /**
   * The people in a seat, in words: "backend engineers", but "security / governance people", since some seat
   * names name the work rather than a person ("security / governances" is no word).
   */
  seatPlural(role: RoleId): string {
    return pluralOf(this.seatName(role));
  }

  /** One person in a seat: "the backend engineer", "the security / governance person". */
  seatSingular(role: RoleId): string {
    return singularOf(this.seatName(role));
  }

  stageName(stage: StageId = this.stage): string {
    return this.playbook.stages[stage].name;
  }

  /** "pilot", "production": the stage's name inside a sentence. */
  stageWord(stage: StageId = this.stage): string {
    return this.stageName(stage).toLowerCase();
  }
}
