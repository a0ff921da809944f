import * as migration_20261121_144828_initial from './20261121_144828_initial';
import * as migration_20261121_163952_inquiry_status_history from './20261121_163952_inquiry_status_history';
import * as migration_20261121_184421_inquiry_form from './20261121_184421_inquiry_form';
import * as migration_20261121_185751_inquiry_query_presets from './20261121_185751_inquiry_query_presets';
import * as migration_20261121_192403_agent_links from './20261121_192403_agent_links';
import * as migration_20261201_214235_trust_people from './20261201_214235_trust_people';
import * as migration_20261201_214925_trust_evidence from './20261201_214925_trust_evidence';
import * as migration_20261201_215156_access_hardening from './20261201_215156_access_hardening';
import * as migration_20261201_220412_short_link_visitors from './20261201_220412_short_link_visitors';

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
    up: migration_20261201_214235_trust_people.up,
    down: migration_20261201_214235_trust_people.down,
    name: '20261201_214235_trust_people',
  },
  {
    up: migration_20261201_214925_trust_evidence.up,
    down: migration_20261201_214925_trust_evidence.down,
    name: '20261201_214925_trust_evidence',
  },
  {
    up: migration_20261201_215156_access_hardening.up,
    down: migration_20261201_215156_access_hardening.down,
    name: '20261201_215156_access_hardening',
  },
  {
    up: migration_20261201_220412_short_link_visitors.up,
    down: migration_20261201_220412_short_link_visitors.down,
    name: '20261201_220412_short_link_visitors'
  },
];
