import { chromiumDriver } from './support/driver/chromium';
import { modeJourneys } from './journeys/mode';
import { reliefJourneys } from './journeys/relief';
import { attackLogJourneys } from './journeys/attack-log';
import { backupJourneys } from './journeys/backup';

// The journeys every browser must pass (tests/e2e/journeys), here in Chromium; Firefox runs the same
// ones in tests/firefox/journeys.e2e.ts.
modeJourneys(chromiumDriver);
reliefJourneys(chromiumDriver);
attackLogJourneys(chromiumDriver);
backupJourneys(chromiumDriver);
