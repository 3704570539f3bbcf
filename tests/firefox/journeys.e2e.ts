import { firefox } from '../e2e/support/driver/firefox';
import { modeJourneys } from '../e2e/journeys/mode';
import { reliefJourneys } from '../e2e/journeys/relief';

// The journeys every browser must pass (tests/e2e/journeys), here in Debian's Firefox ESR.
modeJourneys(firefox);
reliefJourneys(firefox);
