/**
 * What auditors wrote: finding and corrective-action texts per ILO indicator, plus findings that carry no
 * indicator (health and safety, paperwork). `{n}` is replaced by a count of workers.
 */
import type { IloIndicator } from '../lib/domain/audit-vocabulary.js';

/** How often auditors find each indicator (relative), and how grave it tends to be (0..1). */
export const INDICATOR_PROFILE: Readonly<Record<IloIndicator, { frequency: number; gravity: number }>> = {
  EXCESSIVE_OVERTIME: { frequency: 20, gravity: 0.2 },
  WITHHOLDING_OF_WAGES: { frequency: 14, gravity: 0.5 },
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS: { frequency: 14, gravity: 0.35 },
  RETENTION_OF_IDENTITY_DOCUMENTS: { frequency: 10, gravity: 0.6 },
  DEBT_BONDAGE: { frequency: 8, gravity: 0.8 },
  DECEPTION: { frequency: 7, gravity: 0.5 },
  RESTRICTION_OF_MOVEMENT: { frequency: 6, gravity: 0.6 },
  INTIMIDATION_AND_THREATS: { frequency: 6, gravity: 0.6 },
  ABUSE_OF_VULNERABILITY: { frequency: 6, gravity: 0.5 },
  ISOLATION: { frequency: 4, gravity: 0.7 },
  PHYSICAL_AND_SEXUAL_VIOLENCE: { frequency: 3, gravity: 1 },
};

export const FINDING_TEXTS: Readonly<Record<IloIndicator, readonly string[]>> = {
  ABUSE_OF_VULNERABILITY: [
    'Workers without valid permits told they would be reported to immigration if they complained',
    'Management relies on {n} undocumented workers who cannot leave without losing their status',
  ],
  DECEPTION: [
    'Wages and job description differ from the contracts {n} workers signed before departure',
    'Recruitment agent promised factory work; {n} workers were placed in night shifts at a different site',
  ],
  RESTRICTION_OF_MOVEMENT: [
    'Dormitory gates locked between 22:00 and 06:00; {n} workers cannot leave outside shift hours',
    'Workers need written permission from the supervisor to leave the compound on rest days',
  ],
  ISOLATION: [
    'Crew kept at sea for more than 10 months through transshipment, with no means of contact ashore',
    '{n} workers housed at a remote site with no transport and no phone signal',
  ],
  PHYSICAL_AND_SEXUAL_VIOLENCE: [
    'Workers interviewed reported physical punishment by a supervisor for missing production targets',
    'Credible reports of sexual harassment of female workers by a line leader; no grievance channel',
  ],
  INTIMIDATION_AND_THREATS: [
    'Supervisors threaten dismissal and deportation of workers who join worker committees',
    'Workers reported threats of fines for speaking to auditors',
  ],
  RETENTION_OF_IDENTITY_DOCUMENTS: [
    'Passports of {n} migrant workers held by the employer "for safekeeping"; no access on request',
    'Work permits of {n} workers retained by the labour agent',
  ],
  WITHHOLDING_OF_WAGES: [
    'Wages paid two months in arrears; deposits withheld from {n} workers until contract end',
    'Unlawful deductions for accommodation and tools bring net pay below the minimum wage',
  ],
  DEBT_BONDAGE: [
    "{n} migrant workers repaying recruitment fees of 3–6 months' wages through payroll deductions",
    'Workers owe the employer for transport and visa costs and may not resign until the debt is repaid',
  ],
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS: [
    'Dormitory rooms hold 16 workers with one toilet; no drinking water on site',
    'No protective equipment for chemical handling; {n} workers without safety training',
  ],
  EXCESSIVE_OVERTIME: [
    'Working hours exceed 72 per week in peak season; rest day not granted for up to 3 weeks',
    'Overtime is compulsory and unrecorded for {n} workers',
  ],
};

export const CONFORMANCE_TEXTS: readonly string[] = [
  'Checked: no evidence of this practice in records or worker interviews',
  'Checked: policy in place and confirmed by workers interviewed',
];

export const GENERAL_FINDINGS: readonly string[] = [
  'Fire exits obstructed by stored materials on the second floor',
  'First-aid kits incomplete in two production areas',
  'Chemical containers not labelled in the local language',
  "Grievance procedure not displayed in workers' languages",
  'Personnel files incomplete for {n} workers',
  'Emergency drill not held in the last 12 months',
];

export const CORRECTIVE_TEXTS: Readonly<Record<IloIndicator, string>> = {
  ABUSE_OF_VULNERABILITY:
    "Adopt and train supervisors on a non-retaliation policy; regularise workers' status with the authorities",
  DECEPTION: "Issue contracts in the workers' language matching the job offer; compensate workers for the difference",
  RESTRICTION_OF_MOVEMENT: 'Unlock dormitory gates and remove the permission requirement for leaving the premises',
  ISOLATION: 'End transshipment of crew; provide satellite communication and shore leave at least every 3 months',
  PHYSICAL_AND_SEXUAL_VIOLENCE:
    'Remove the supervisor from duties, investigate and set up an independent grievance channel',
  INTIMIDATION_AND_THREATS: 'Publish a non-retaliation commitment; train supervisors; allow worker committees to meet',
  RETENTION_OF_IDENTITY_DOCUMENTS: 'Return all identity documents to workers and provide lockable personal storage',
  WITHHOLDING_OF_WAGES: 'Pay outstanding wages and deposits; pay monthly on time and itemise every deduction',
  DEBT_BONDAGE: 'Reimburse recruitment fees and related costs to workers; adopt the Employer Pays Principle',
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS: 'Reduce dormitory occupancy, provide drinking water and protective equipment',
  EXCESSIVE_OVERTIME: 'Cap working hours at 60 per week, record all overtime and grant one rest day in seven',
};

export const GENERAL_CORRECTIVE_TEXT = 'Fix the issue and send photographic evidence to the auditor';
