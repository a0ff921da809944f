import * as migration_20261121_144828_initial from './20261121_144828_initial';

export const migrations = [
  {
    up: migration_20261121_144828_initial.up,
    down: migration_20261121_144828_initial.down,
    name: '20261121_144828_initial'
  },
];
