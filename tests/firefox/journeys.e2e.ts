import { firefox } from '../e2e/support/driver/firefox';
import { modeJourneys } from '../e2e/journeys/mode';
import { reliefJourneys } from '../e2e/journeys/relief';
import { attackLogJourneys } from '../e2e/journeys/attack-log';
import { backupJourneys } from '../e2e/journeys/backup';

// The journeys every browser must pass (tests/e2e/journeys), here in Debian's Firefox ESR.
modeJourneys(firefox);
reliefJourneys(firefox);
attackLogJourneys(firefox);
backupJourneys(firefox);
