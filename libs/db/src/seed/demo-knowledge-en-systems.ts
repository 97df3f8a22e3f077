import type { DemoArticle } from './demo-knowledge-articles';

/** Service know-how in English, written by the manufacturer: boilers, efficiency, ground source, solar and hotline notes. */
export const KNOWHOW_EN_SYSTEMS: readonly DemoArticle[] = [
  {
    key: 'gas-low-ionisation-current',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Low ionisation current and flame loss F.29 on condensing boilers',
    summary:
      'Flame loss during operation is usually caused by a worn electrode, flue gas recirculation or poor earthing. How to measure and fix it.',
    body: `## Symptom

The boiler lights but loses the flame after a few seconds or minutes and reports **F.29 flame loss**. After several attempts it locks out.

## Measuring the ionisation current

1. Open the service menu and read parameter \`d.44\` (ionisation current).
2. Compare at minimum and maximum load; it should stay above \`2 µA\`.
3. A value dropping at high load points to flue gas recirculation.

## Checks

- electrode worn, bent or coated with white oxide
- earth connection between burner and control board loose
- flue terminal too close to a wall or corner, causing recirculation
- condensate backing up into the combustion chamber because of a blocked siphon
- gas pressure dropping at full load

## Repair steps

1. Replace the electrode together with its gasket; set the gap to \`4 mm\`.
2. Clean the earth contact and tighten it.
3. Check the air-flue system for leaks with a CO2 measurement in the annular gap.
4. Clean the siphon and fill it with water.
5. Perform a flue gas analysis after the repair.

**Note:** A new control board rarely fixes F.29 – check electrode and earthing first.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE', 'WARRANTY_REPAIR'],
    tags: ['ionisation', 'flame', 'electrode'],
    codes: ['F.29', 'd.44'],
    audience: 'PARTNERS',
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 470,
    helpful: 15,
    unhelpful: 1,
  },
  {
    key: 'gas-flue-gas-analysis',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Flue gas analysis and combustion adjustment after burner service',
    summary: 'Target values for CO2 and CO on GBK condensing boilers and how to adjust the gas valve when values are out of range.',
    body: `## When to adjust

Combustion must be checked after every burner service, after replacing the gas valve or the fan, and after a conversion from natural gas to LPG.

## Measurement

1. Insert the probe into the flue gas test point, seal the opening.
2. Start chimney sweep mode (\`max load\`) and wait 3 minutes for stable values.
3. Record CO2, CO and flue gas temperature.
4. Switch to minimum load and repeat.

## Target values natural gas H

| Load | CO2 | CO |
|---|---|---|
| maximum | 9.0–9.6 % | below 100 ppm |
| minimum | 8.6–9.2 % | below 50 ppm |

The boiler is in a good state when \`CO < 50 ppm\` at minimum load and CO2 is inside the band.

## Adjustment

- CO2 at **maximum** load is adjusted with the throttle screw on the gas valve.
- CO2 at **minimum** load is adjusted with the offset screw (under the cap, Torx T40).
- Turn in small steps (1/8 turn) and wait 60 seconds after each step.
- Seal the screws with paint and record the values in the maintenance report.

If CO stays high with correct CO2, check the burner surface for damage and the air supply for recirculation.`,
    productLines: ['GAS_CONDENSING'],
    serviceCategories: ['MAINTENANCE', 'COMMISSIONING'],
    tags: ['combustion', 'flue gas', 'co2'],
    codes: ['GBK-24 C', 'GBK-35 C'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 600,
    helpful: 13,
    unhelpful: 0,
  },
  {
    key: 'wp-heating-curve-scop',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Tuning the heating curve to improve seasonal efficiency (SCOP)',
    summary:
      'Every kelvin of flow temperature costs about 2.5 % efficiency. A practical method to lower the heating curve step by step together with the customer.',
    body: `## Why it matters

Heat pumps are most efficient at low flow temperatures. Many systems are commissioned with a generous heating curve "to be safe" and never adjusted afterwards.

## Step-by-step method

1. Open all thermostatic valves in the main living rooms fully.
2. Set room influence off and night setback off during the test period.
3. Lower the slope by \`0.1\` and wait at least 3 days.
4. Ask the customer whether all rooms stay comfortable.
5. Repeat until a room becomes too cold, then go back one step.
6. Adjust the parallel shift (offset) for comfort at mild outdoor temperatures.

## Starting values

| System | Slope | Design flow temperature at -12 °C |
|---|---|---|
| underfloor heating, new building | 0.3 | 33 °C |
| underfloor heating, renovated | 0.5 | 38 °C |
| low temperature radiators | 0.7 | 45 °C |
| old radiators | 1.0 | 55 °C |

## Checks after tuning

- compressor starts per hour (target: fewer than 3)
- heat meter and electricity meter: calculate the monthly performance factor
- **a hydraulic balancing is a prerequisite**; without it the curve cannot be lowered far

The energy report in the portal shows the monthly performance factor, so the customer can see the result.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING', 'MAINTENANCE'],
    tags: ['heating curve', 'efficiency', 'scop'],
    codes: ['TC 300'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 150,
    helpful: 23,
    unhelpful: 1,
  },
  {
    key: 'wp-brine-circuit-checks',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Ground source heat pumps: brine concentration and pressure checks',
    summary:
      'Wrong antifreeze concentration or air in the brine circuit cause brine pressure faults E 113 and low source temperatures on WPS units.',
    body: `## Background

Ground source heat pumps of the WPS series use a mixture of water and monoethylene glycol in the borehole or ground collector. Too little antifreeze risks freezing the evaporator; too much reduces heat transfer and increases pump energy.

## Recommended values

| Source | Glycol share | Frost protection |
|---|---|---|
| borehole | 25 % | -13 °C |
| horizontal collector | 30 % | -16 °C |

## Annual check

1. Measure frost protection with a refractometer at the brine fill point.
2. Check brine pressure: \`1.5–2.5 bar\` with the circulation pump running.
3. Check the brine pressure switch; **E 113** indicates low brine pressure.
4. Compare brine inlet and outlet temperatures; spread should be 3–4 K.
5. Clean the brine filter after the first year of operation.

## When E 113 appears repeatedly

- search for leaks at the manifold and the wall penetration
- check the brine expansion vessel pre-pressure
- vent the circuit with the filling station, not just with air vents

Only use the approved heat transfer fluid; mixing products from different manufacturers can cause sludge.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['brine', 'ground source', 'antifreeze'],
    codes: ['E 113', 'WPS-12'],
    audience: 'PARTNERS',
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 505,
    helpful: 11,
    unhelpful: 0,
  },
  {
    key: 'internal-e104-escalation',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Hotline note (internal): escalation path for recurring E 104 cases',
    summary:
      'Internal guidance for hotline agents: when a partner calls about E 104 for the third time on the same unit, escalate instead of repeating the standard checklist.',
    body: `## Context

E 104 (flow rate too low) is the most frequent error code on the partner hotline. In most cases the standard article solves it. Some units, however, return again and again. This note is for **hotline agents only**.

## Decision rule

1. Search the case history by serial number.
2. First and second call: walk the partner through the standard E 104 article.
3. Third call within 90 days: do not repeat the checklist, escalate.

## Escalation

- Create a ticket with category \`TECH-L2\` and attach the partner's readings (flow rate, pump speed, pressure).
- Ask the partner to export the 48 h flow rate history (firmware 4.2 and later) and upload it to the case.
- Technical support calls the partner back within **one working day**.

## Known root causes at level 2

| Finding | Action |
|---|---|
| flow sensor from batch FS-2208 | replace sensor under warranty |
| pump PWM cable damaged by outdoor unit fan | replace cable, fit protective sleeve |
| undersized pipework in existing building | recommend buffer tank, not a warranty case |

Record the outcome in the case so the knowledge editor can update the public article.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['hotline', 'escalation', 'internal'],
    codes: ['E 104', 'TECH-L2', 'FS-2208'],
    audience: 'MANUFACTURER',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 30,
    helpful: 7,
    unhelpful: 0,
  },
  {
    key: 'internal-firmware-41-rollback',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Hotline note (internal): known issue with firmware 4.1.3 and rollback procedure',
    summary:
      'Firmware 4.1.3 can reset the SG-Ready configuration. Internal instructions for agents on how to guide partners through a rollback or the 4.2.1 update.',
    body: `## Issue

After updating controllers TC 300 to firmware **4.1.3**, some units lose the SG-Ready and utility lock-out configuration. The unit then runs during lock-out periods, which can trigger complaints from the grid operator. Firmware 4.2.1 fixes the issue.

## What agents should do

1. Ask for the firmware version shown in the info menu.
2. If 4.1.3: guide the partner to update to 4.2.1 using the public firmware article.
3. If the partner has no USB stick on site, describe the manual workaround below.
4. Log the case with tag \`FW413\` so that we can count affected units.

## Manual workaround

- Re-enter the interface settings in \`Service / Interfaces / SG-Ready\`.
- Re-enable the utility lock-out input and set the contact type (normally closed).
- Test with the partner by opening the contact: the display must show the lock symbol.

## Rollback (only if 4.2.1 fails)

| Step | Detail |
|---|---|
| 1 | copy \`tc300_fw_4.0.9.bin\` from the internal share to a stick |
| 2 | start the update with the manufacturer service code (never give it to partners) |
| 3 | restore the parameters from the partner's backup |

Do **not** publish the manufacturer service code in any partner-facing article.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE'],
    tags: ['firmware', 'internal', 'sg-ready'],
    codes: ['TC 300', 'FW 4.1.3', 'FW413'],
    audience: 'MANUFACTURER',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 75,
    helpful: 5,
    unhelpful: 0,
  },
  {
    key: 'solar-controller-delta-t',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Solar thermal controller: delta-T settings and pump speed control',
    summary: 'Recommended switch-on and switch-off temperature differences and pump speed settings for the SR 2 solar controller.',
    body: `## How the controller decides

The solar pump runs when the collector is warmer than the bottom of the cylinder by the switch-on difference, and stops when the difference falls below the switch-off difference.

## Recommended settings

| Parameter | Flat plate collectors | Evacuated tube collectors |
|---|---|---|
| switch-on difference | 7 K | 6 K |
| switch-off difference | 3 K | 3 K |
| target difference for speed control | 10 K | 8 K |
| maximum cylinder temperature | 60 °C | 60 °C |

## Commissioning steps

1. Check the collector sensor position: in the sensor pocket of the hottest collector, with heat-conducting paste.
2. Check the cylinder sensor at the height of the solar coil.
3. Set the parameters above in \`Menu 3 - Solar\`.
4. Activate speed control and the tube collector function if applicable.
5. Check the flow rate on a sunny day: about \`30 l/h\` per m² collector area.

## Troubleshooting

- **Pump cycles on and off**: switch-on difference too small or collector sensor in the wrong place.
- **No yield in the morning**: enable the tube collector function, which runs the pump briefly every 30 minutes.
- **Cylinder overheating**: check the maximum temperature and the holiday function.`,
    productLines: ['SOLAR_THERMAL'],
    serviceCategories: ['COMMISSIONING'],
    tags: ['solar', 'controller', 'delta-t'],
    codes: ['SR 2'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 820,
    helpful: 8,
    unhelpful: 0,
  },
];
