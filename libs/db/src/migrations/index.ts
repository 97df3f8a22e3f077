import { Foundation1732400000000 } from './1732400000000-foundation';
import { Tiers1732500000000 } from './1732500000000-tiers';
import { Trainings1732600000000 } from './1732600000000-trainings';
import { TrainingNeeds1732700000000 } from './1732700000000-training-needs';
import { EnrolmentsReminders1732800000000 } from './1732800000000-enrolments-reminders';
import { Locator1732900000000 } from './1732900000000-locator';
import { LocationEarth1733000000000 } from './1733000000000-location-earth';
import { Knowledge1733100000000 } from './1733100000000-knowledge';
import { Subcontracting1733200000000 } from './1733200000000-subcontracting';
import { KnowledgeSearchTuning1733300000000 } from './1733300000000-knowledge-search-tuning';
import { KnowledgeSearchDocuments1733400000000 } from './1733400000000-knowledge-search-documents';
import { KnowledgeIndexPendingLists1733500000000 } from './1733500000000-knowledge-index-pending-lists';
import {
  KnowledgeSearchBandIndexes1733600000001,
  KnowledgeSearchGeometricBands1733600000000,
} from './1733600000000-knowledge-search-geometric-bands';
import { PrincipalChangeSignals1733700000000 } from './1733700000000-principal-change-signals';
import {
  KnowledgeSearchPairIndexes1733800000001,
  KnowledgeSearchPairVector1733800000000,
} from './1733800000000-knowledge-search-pair-vector';

/** Every migration in order; listed explicitly so bundling and tests never depend on globbing. */
export const MIGRATIONS = [
  Foundation1732400000000,
  Tiers1732500000000,
  Trainings1732600000000,
  TrainingNeeds1732700000000,
  EnrolmentsReminders1732800000000,
  Locator1732900000000,
  LocationEarth1733000000000,
  Knowledge1733100000000,
  Subcontracting1733200000000,
  KnowledgeSearchTuning1733300000000,
  KnowledgeSearchDocuments1733400000000,
  KnowledgeIndexPendingLists1733500000000,
  KnowledgeSearchGeometricBands1733600000000,
  KnowledgeSearchBandIndexes1733600000001,
  PrincipalChangeSignals1733700000000,
  KnowledgeSearchPairVector1733800000000,
  KnowledgeSearchPairIndexes1733800000001,
];
