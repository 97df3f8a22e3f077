import type { DemoArticle } from './demo-knowledge-articles';

/** Field reports in English, contributed by partners. */
export const FIELD_REPORTS_EN: readonly DemoArticle[] = [
  {
    key: 'fr-berger-eev-stuck-after-power-cut',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: EEV stuck open after a power cut on a WPL-25 A',
    summary:
      'After a grid outage a heat pump ran with liquid floodback and tripped on low superheat. A re-initialisation of the expansion valve solved it without parts.',
    body: `## What happened

During a storm the power failed for about two hours. When it came back, the WPL-25 A restarted but tripped repeatedly with low superheat and later with \`E 306\`. The customer called us the next morning.

## On site

1. Read the refrigerant circuit values: superheat \`0.5 K\`, EEV position shown as 120 steps.
2. The suction line was frosted up to the compressor inlet – a clear sign of liquid floodback.
3. In manual mode we drove the valve to 0 steps; it did not close audibly.
4. We measured the coil: 46 Ω on both phases, so the coil was fine.

## Solution

- Switched the unit off completely for 5 minutes and started the **EEV initialisation** in the service menu. The valve drove against its end stop (audible ratcheting) and then worked normally.
- After 30 minutes of operation the superheat was stable at 5 K.

## Lessons learned

- After power failures the controller does not always re-reference the valve. Firmware 4.2 re-initialises on every restart – we now update units during maintenance.
- Check the coil before ordering a new valve body; it saved the customer a refrigerant job.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['eev', 'power cut', 'superheat'],
    codes: ['E 306', 'WPL-25 A'],
    audience: 'TIER',
    minTierRank: 3,
    limitedToProductLines: true,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 110,
    helpful: 14,
    unhelpful: 0,
  },
  {
    key: 'fr-berger-outdoor-sensor-drift',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: outdoor sensor in direct sun caused cold rooms in the afternoon',
    summary:
      'A customer complained about cold rooms on sunny winter afternoons. The outdoor sensor was mounted on the south wall and reported up to 15 K too much.',
    body: `## Complaint

Detached house, heat pump with weather-compensated control. On sunny days in January the rooms cooled down every afternoon, while the heat pump was barely running.

## Investigation

1. Compared the outdoor temperature in the controller log with the weather service: up to **15 K** higher between 12:00 and 16:00.
2. Checked the sensor position: south wall, directly in the sun, above a dark facade panel.
3. Measured the sensor resistance at night: \`31.8 kΩ\` at 1 °C, which matches the NTC table, so the sensor itself was fine.

## Fix

- Moved the sensor to the north-east wall, 2.5 m above ground, away from windows and the fan outlet of the outdoor unit.
- Used the existing cable, extended with a junction box rated IP54.
- Checked the heating curve after one week – no changes needed.

## Takeaway

- The sensor position matters as much as the sensor itself: **north or north-east wall**, never in the sun.
- Always compare the logged outdoor temperature with a reference before replacing parts.`,
    productLines: ['HEAT_PUMP', 'GAS_CONDENSING'],
    serviceCategories: ['INSTALLATION', 'MAINTENANCE'],
    tags: ['sensor', 'outdoor sensor', 'heating curve'],
    codes: ['F.70'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 260,
    helpful: 11,
    unhelpful: 1,
  },
  {
    key: 'fr-schulz-firmware-display-recovery',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: display stayed dark after a firmware update – recovery via bootloader',
    summary:
      'A firmware update was interrupted when the customer switched off the fuse. The controller was recovered with the bootloader instead of replacing it.',
    body: `## Situation

During a maintenance visit I started the firmware update to 4.2.1 on a TC 300 controller. Half way through, the customer switched off the heating circuit breaker because he thought the unit had hung. After switching it back on, the display stayed dark.

## Recovery

1. Left the USB stick with the firmware file \`tc300_fw_4.2.1.bin\` in the port.
2. Switched the unit off, waited 30 seconds, switched it on again.
3. The status LED blinked orange: the controller was in bootloader mode.
4. The update restarted automatically and took about 8 minutes.
5. After the restart I restored the parameters from the backup I had made before the update.

## What I do differently now

- **Tell the customer** before starting the update that the display will be dark for several minutes.
- Put a note on the fuse box: "Firmware update in progress – do not switch off".
- Always export the parameters first; without the backup, re-entering the configuration would have taken an hour.

The hotline confirmed that the controller does not need to be replaced in this situation.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['firmware', 'controller', 'recovery'],
    codes: ['TC 300', 'FW 4.2.1'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'technik@schulz.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 20,
    helpful: 6,
    unhelpful: 0,
  },
  {
    key: 'fr-kaya-condensate-heater-defrost',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: retrofitting a condensate drain heater ended repeated defrost faults',
    summary:
      'On an installation in a frost hollow, defrost water refroze in the drain pipe every night. A heating cable in the drain and a gravel soakaway fixed it.',
    body: `## Background

We installed an outdoor unit for our partner in a garden that lies in a frost hollow. In the first cold week the partner was called out three times because of defrost faults and ice on the evaporator.

## Findings

- Condensate drained through a plain pipe into a shallow soakaway.
- The pipe froze at the outlet; water backed up into the tray and froze there.
- Each following defrost produced more water that could not drain.

## What we did

1. Thawed the tray and the drain with warm water.
2. Installed a self-regulating heating cable (\`10 W/m\`) inside the drain pipe, connected to the drain heater output of the unit.
3. Replaced the shallow soakaway with a gravel pit reaching below the frost line (\`80 cm\`).
4. Tested the heater output in the actuator test.

## Result

No more defrost faults during the rest of the winter. The partner now orders the heating cable with every unit installed in exposed locations.

## Tips

- Use only cables approved for use in water pipes.
- **Do not** route condensate onto paths or driveways – it creates black ice.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION'],
    tags: ['defrost', 'condensate', 'frost'],
    codes: [],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 55,
    helpful: 8,
    unhelpful: 0,
  },
  {
    key: 'fr-berger-flue-bird-nest',
    kind: 'FIELD_REPORT',
    language: 'en',
    title: 'Field report: boiler lockouts in spring caused by a bird nest in the air intake',
    summary:
      'A condensing boiler locked out with air pressure and flame faults every few days in April. Birds had built a nest in the concentric roof terminal.',
    body: `## Symptoms

Every few days in April, a GBK-35 C in a single-family house locked out. The fault log showed alternating flame loss \`F.29\` and fan speed deviation. Electrode and gas pressure had already been checked by a colleague.

## Investigation

1. Measured CO2 in the annular gap of the concentric flue: 0.3 %, so no leak between flue and air pipe.
2. The fan speed rose sharply at full load – a sign of high resistance on the air side.
3. Inspected the roof terminal from the roof hatch: the air intake was blocked by a bird nest.

## Fix

- Removed the nest (after checking that it was not in use – protected species rules apply during breeding season).
- Fitted the manufacturer's **bird guard** on the terminal.
- Ran a flue gas analysis: all values back in range.

## Lessons

- With sporadic combustion faults, always think of the air intake, not just the gas side.
- We now include a look at the roof terminal in the annual maintenance when access is possible.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['flue', 'air intake', 'lockout'],
    codes: ['F.29', 'GBK-35 C'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'admin@berger.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 35,
    helpful: 10,
    unhelpful: 1,
  },
];
