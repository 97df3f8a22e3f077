import type { DemoArticle } from './demo-knowledge-articles';

/** Service know-how in English, written by the manufacturer: heat pump faults, commissioning and safety. */
export const KNOWHOW_EN_HEAT_PUMPS: readonly DemoArticle[] = [
  {
    key: 'wp-defrost-cycle-e512',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Defrost cycle problems and E 512: diagnosing slow or failed defrosting',
    summary:
      'When the defrost cycle takes too long or is aborted with E 512, the outdoor unit ices up and efficiency drops. This guide covers sensors, the 4-way valve and condensate drainage.',
    body: `## Symptoms

- the defrost cycle takes too long (more than 10 minutes) or runs several times per hour
- ice remains on the lower part of the evaporator after defrosting
- the controller shows **E 512 defrost aborted** after the maximum defrost time

## How defrosting works

The controller starts a defrost when the evaporator temperature falls well below the outdoor temperature. The 4-way valve reverses the refrigerant flow and hot gas melts the ice. Defrosting ends when the evaporator sensor reaches the end temperature (default \`12 °C\`) or after the maximum time of \`12 min\`.

## Diagnosis steps

1. Read the defrost history in \`Diagnosis / Defrost\`: start, duration, end reason.
2. Check the evaporator sensor against the NTC resistance table.
3. Check the flow temperature during defrost; below \`20 °C\` there is not enough energy in the heating circuit.
4. Listen for the 4-way valve switching and measure the coil voltage.
5. Check that the condensate tray and drain are free and the drain heater works.

## Common causes

| Cause | Fix |
|---|---|
| evaporator sensor loose or drifted | refit with heat-conducting paste or replace |
| too little water volume | enable buffer or open zones during defrost |
| frozen condensate drain | install or repair drain heater |
| outdated firmware | update to 4.2 or later (shorter defrost at high humidity) |

**Tip:** If the defrost cycle takes too long only in foggy weather near 0 °C, this is often normal behaviour – check the history before replacing parts.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR', 'MAINTENANCE'],
    tags: ['defrost', 'evaporator', 'icing'],
    codes: ['E 512'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 95,
    helpful: 27,
    unhelpful: 2,
  },
  {
    key: 'wp-compressor-does-not-start',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Compressor does not start: checking inverter, supply and windings',
    summary:
      'A step-by-step check when the heat pump requests heat but the compressor stays off, from utility lock-out to winding resistance.',
    body: `## First checks

Before suspecting the compressor itself, rule out the usual blockers:

- utility lock-out contact (EVU) active
- minimum off-time running (default \`10 min\`)
- flow rate error \`E 104\` pending
- outdoor temperature outside the operating range

## Electrical diagnosis

1. Measure supply voltage at the outdoor unit terminals under load (\`230 V\` plus or minus 10 %).
2. Read the inverter status in \`Diagnosis / Inverter\`: DC bus voltage, last inverter fault.
3. Switch off, wait **5 minutes** for the DC bus capacitors to discharge, confirm with a meter.
4. Disconnect the compressor plug and measure the winding resistance U-V, V-W, W-U.
5. Measure insulation resistance of each winding against earth with 500 V.

## Reference values

| Model | Winding resistance (20 °C) | Insulation |
|---|---|---|
| WPL-12 A | 0.9 Ω | more than 2 MΩ |
| WPL-18 A | 0.7 Ω | more than 2 MΩ |
| WPL-25 A | 0.5 Ω | more than 2 MΩ |

## Evaluation

- All three windings equal and insulation fine: the inverter board is the likely cause.
- Unequal windings or low insulation: replace the compressor; file a warranty claim with the serial number.
- Inverter fault \`E 401\` repeatedly after replacement: check the compressor cable and the crimp connections.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['compressor', 'inverter', 'electrical'],
    codes: ['E 401', 'WPL-25 A', 'WPL-12 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 380,
    helpful: 30,
    unhelpful: 1,
  },
  {
    key: 'wp-compressor-noise-vibration',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Compressor noise and vibration on outdoor units: causes and fixes',
    summary:
      'Noise complaints from customers and neighbours are often caused by installation details rather than a faulty compressor. How to measure, locate and reduce the noise.',
    body: `## Typical complaints

- humming or droning at night, transmitted into the building
- rattling when the compressor ramps up
- whistling from the fan or refrigerant pipes
- loud clicks when the 4-way valve switches during defrost

## Locate the source

1. Run the unit in \`Service / Manual operation\` at fixed compressor speeds (30, 60, 90 %).
2. Note at which speed the noise peaks – resonance usually occurs in a narrow band.
3. Touch pipes, panels and the mounting frame to find vibrating parts.
4. Measure the sound pressure level at the neighbour's window with a class 2 meter.

## Fixes

| Finding | Fix |
|---|---|
| unit mounted directly on wall brackets | use floor console with anti-vibration mounts |
| pipe touching panel | reroute, add pipe clamps with rubber inserts |
| resonance at certain speed | block the speed band in \`Compressor / Skip frequency\` |
| night complaints | enable quiet mode (reduced fan and compressor speed) |
| worn compressor mounts | replace rubber grommets |

## Guidance

- Keep the required distance to neighbours according to the TA Lärm guide values; the sound calculator is at https://www.waermepumpe.de/normen-technik/schallrechner/
- **Never** place the outdoor unit in a corner or under a balcony; reflections add up to 9 dB.
- A new compressor rarely solves a noise complaint – check the installation first.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['INSTALLATION', 'MAINTENANCE'],
    tags: ['noise', 'compressor', 'vibration', 'installation'],
    codes: ['WPL-18 A'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 240,
    helpful: 25,
    unhelpful: 3,
  },
  {
    key: 'wp-eev-faults-superheat',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Electronic expansion valve (EEV) faults: E 306 and hunting superheat',
    summary:
      'How to tell a faulty EEV coil, a stuck valve body and a wrong sensor reading apart, and how to replace the valve without contaminating the refrigerant circuit.',
    body: `## What the EEV does

The electronic expansion valve meters refrigerant into the evaporator so that the suction gas leaves with a small, stable superheat (target \`5 K\` in heating mode). The controller drives the stepper motor between 0 and 480 steps.

## Fault patterns

- **E 306** coil or wiring fault detected by the driver
- superheat oscillating by more than 4 K every few minutes ("hunting")
- very high superheat and low suction pressure despite a full charge
- liquid floodback with superheat near 0 K

## Diagnosis

1. Read valve position and superheat in \`Diagnosis / Refrigerant circuit\`.
2. Measure coil resistance per phase (nominal 46 Ω) with the plug disconnected.
3. Compare the suction gas sensor and the suction pressure transducer with your own gauges.
4. Run the EEV test in manual mode: the valve must audibly close and open fully.
5. Check the position of the suction gas sensor: on top of the pipe, insulated, fixed with a clamp.

## Replacing the valve body

1. Recover the refrigerant into a clean cylinder.
2. Remove the coil, protect the valve body with a wet cloth while brazing.
3. Braze under nitrogen flow, replace the filter drier.
4. Pressure test with nitrogen, evacuate to below 5 mbar, weigh in the charge from the rating plate.

Document the work in the logbook; only technicians with **F-gas category I** certificates may open the circuit.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['WARRANTY_REPAIR'],
    tags: ['eev', 'expansion valve', 'superheat', 'refrigerant'],
    codes: ['E 306', 'EEV'],
    audience: 'TIER',
    minTierRank: 3,
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 330,
    helpful: 18,
    unhelpful: 0,
  },
  {
    key: 'wp-commissioning-split-units',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Commissioning checklist for split heat pumps with indoor hydro unit',
    summary:
      'What to check on the refrigerant lines, the hydraulic side and the controller before handing a split heat pump over to the customer.',
    body: `## Refrigerant side

1. Check pipe diameters and length against the installation manual (max. \`30 m\`, height difference max. \`15 m\`).
2. Flare connections tightened with a torque wrench to the specified torque.
3. Pressure test with dry nitrogen at \`40 bar\` for at least 30 minutes.
4. Evacuate to below 5 mbar, hold the vacuum for 15 minutes without rise.
5. Add refrigerant for line lengths above the pre-charged length (see rating plate).
6. Open service valves fully and fit the caps.

## Hydraulic side

- system flushed and filled with treated water
- pressure \`1.5 bar\` cold, all air vents open during first run
- dirt filter and magnetite separator installed in the return
- expansion vessel pre-pressure checked

## Controller

1. Run the commissioning wizard, select the hydraulic scheme.
2. Set heating curve, domestic hot water temperature and legionella programme.
3. Perform the actuator test for pumps, 3-way valve and backup heater.
4. Run in heating mode for 20 minutes and record pressures, flow rate and temperatures.

## Handover

- **Mandatory:** fill in the commissioning report in the portal and attach photos of the installation.
- Explain the room unit and the app to the customer.
- Register the unit for the extended warranty within four weeks.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['COMMISSIONING', 'INSTALLATION'],
    tags: ['commissioning', 'checklist', 'split'],
    codes: ['WPS-S 8'],
    audience: 'PARTNERS',
    limitedToProductLines: false,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 275,
    helpful: 20,
    unhelpful: 1,
  },
  {
    key: 'wp-r290-safe-handling',
    kind: 'SERVICE_KNOWHOW',
    language: 'en',
    title: 'Working safely on R290 (propane) heat pumps',
    summary:
      'R290 is flammable (safety class A3). Protection zones, tools and the correct procedure for opening the refrigerant circuit on monobloc units.',
    body: `## Why R290 needs extra care

Propane has a very low global warming potential (GWP 3) but is **highly flammable**. Monobloc units such as the WPL-25 A hold up to \`1.1 kg\`. A leak can create an explosive atmosphere near the unit.

## Protection zone

- 1 m around the outdoor unit: no ignition sources, no drains, no light shafts, no windows that can be opened below the unit
- mark the zone on the commissioning report with a photo

## Tools and equipment

| Item | Requirement |
|---|---|
| gas detector | suitable for propane, switched on before opening panels |
| recovery unit | approved for A3 refrigerants |
| vacuum pump | spark-free or ATEX-rated |
| extinguisher | CO2 or dry powder within reach |

## Procedure for repairs

1. Switch off and isolate the unit, wait until fans have stopped.
2. Check for leaks with the gas detector before removing the panels.
3. Recover the refrigerant or vent it in a controlled way away from buildings, as permitted by local regulations.
4. Purge the circuit with nitrogen before brazing.
5. After repair: pressure test, evacuate, weigh in the charge.

Only technicians who completed the Thermotec course **R290 safety** may work on these units.`,
    productLines: ['HEAT_PUMP'],
    serviceCategories: ['MAINTENANCE', 'WARRANTY_REPAIR'],
    tags: ['r290', 'propane', 'safety', 'refrigerant'],
    codes: ['R290', 'WPL-25 A'],
    audience: 'TIER',
    minTierRank: 2,
    limitedToProductLines: true,
    author: 'knowledge@thermotec.example',
    status: 'PUBLISHED',
    publishedDaysAgo: 180,
    helpful: 16,
    unhelpful: 0,
  },
];
