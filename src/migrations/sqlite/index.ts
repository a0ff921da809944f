import * as migration_20261121_144828_initial from './20261121_144828_initial';
import * as migration_20261121_163952_inquiry_status_history from './20261121_163952_inquiry_status_history';
import * as migration_20261121_184421_inquiry_form from './20261121_184421_inquiry_form';
import * as migration_20261121_185751_inquiry_query_presets from './20261121_185751_inquiry_query_presets';
import * as migration_20261121_192403_agent_links from './20261121_192403_agent_links';
import * as migration_20261201_231135_hardening_durability_evidence from './20261201_231135_hardening_durability_evidence';
import * as migration_20261202_020102_patient_journey_translation from './20261202_020102_patient_journey_translation';
import * as migration_20261202_022850_travel_guide from './20261202_022850_travel_guide';
import * as migration_20261208_004128_translation_state_globals from './20261208_004128_translation_state_globals';

export const migrations = [
  {
    up: migration_20261121_144828_initial.up,
    down: migration_20261121_144828_initial.down,
    name: '20261121_144828_initial',
  },
  {
    up: migration_20261121_163952_inquiry_status_history.up,
    down: migration_20261121_163952_inquiry_status_history.down,
    name: '20261121_163952_inquiry_status_history',
  },
  {
    up: migration_20261121_184421_inquiry_form.up,
    down: migration_20261121_184421_inquiry_form.down,
    name: '20261121_184421_inquiry_form',
  },
  {
    up: migration_20261121_185751_inquiry_query_presets.up,
    down: migration_20261121_185751_inquiry_query_presets.down,
    name: '20261121_185751_inquiry_query_presets',
  },
  {
    up: migration_20261121_192403_agent_links.up,
    down: migration_20261121_192403_agent_links.down,
    name: '20261121_192403_agent_links',
  },
  {
    up: migration_20261201_231135_hardening_durability_evidence.up,
    down: migration_20261201_231135_hardening_durability_evidence.down,
    name: '20261201_231135_hardening_durability_evidence',
  },
  {
    up: migration_20261202_020102_patient_journey_translation.up,
    down: migration_20261202_020102_patient_journey_translation.down,
    name: '20261202_020102_patient_journey_translation',
  },
  {
    up: migration_20261202_022850_travel_guide.up,
    down: migration_20261202_022850_travel_guide.down,
    name: '20261202_022850_travel_guide',
  },
  {
    up: migration_20261208_004128_translation_state_globals.up,
    down: migration_20261208_004128_translation_state_globals.down,
    name: '20261208_004128_translation_state_globals'
  },
];
