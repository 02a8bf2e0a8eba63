/**
 * The demo region: the Bali Process countries in the JPA workshops (DESIGN issue text), with the agency that
 * reports for each, how many suppliers each hosts, and the place names used to build facility addresses.
 */

export interface RegionCountry {
  code: string;
  /** The one agency that submits indicator feeds for the country. */
  agencyId: string;
  agencyName: string;
  /** Relative number of supplier facilities. */
  supplierWeight: number;
  /** Where migrant workers are common in export industries (destination countries). */
  migrantDestination: boolean;
  /** Relative size of the agency's caseload. */
  caseload: number;
  cities: readonly string[];
  streets: readonly string[];
  /** Company-name words and the legal-form pattern ('{n}' is the name). */
  nameWords: readonly string[];
  legalForms: readonly string[];
  /** Campaign languages (BCP 47) by audience. */
  languages: { public: readonly string[]; migrants: readonly string[] };
}

export const REGION: readonly RegionCountry[] = [
  {
    code: 'AU',
    agencyId: 'au-afp',
    agencyName: 'Australian Federal Police',
    supplierWeight: 25,
    migrantDestination: true,
    caseload: 1.2,
    cities: ['Fremantle WA 6160', 'Darwin NT 0800', 'Port Lincoln SA 5606', 'Brisbane QLD 4000', 'Hobart TAS 7000'],
    streets: ['Marine Terrace', 'Stuart Highway', 'Tasman Terrace', 'Kingsford Smith Drive', 'Harbour Road'],
    nameWords: ['Southern', 'Coral', 'Harbour', 'Tasman', 'Outback', 'Pacific', 'Blue', 'Spencer', 'Austral'],
    legalForms: ['{n} Pty Ltd', '{n} Pty. Limited'],
    languages: { public: ['en-AU'], migrants: ['en-AU', 'vi', 'id', 'fj', 'ne'] },
  },
  {
    code: 'FJ',
    agencyId: 'fj-police',
    agencyName: 'Fiji Police Force',
    supplierWeight: 15,
    migrantDestination: false,
    caseload: 0.3,
    cities: ['Suva', 'Lautoka', 'Levuka, Ovalau', 'Labasa', 'Nadi'],
    streets: ['Queens Road', 'Walu Bay Road', 'Beach Street', 'Marine Drive', 'Vitogo Parade'],
    nameWords: ['Viti', 'Bula', 'Koro', 'Lomaiviti', 'Pacific', 'Kadavu', 'Yasawa', 'Tui'],
    legalForms: ['{n} Limited', '{n} Pte Limited'],
    languages: { public: ['en-FJ', 'fj', 'hif'], migrants: ['fj', 'hif', 'zh'] },
  },
  {
    code: 'ID',
    agencyId: 'id-police',
    agencyName: 'Indonesian National Police',
    supplierWeight: 70,
    migrantDestination: false,
    caseload: 2.4,
    cities: [
      'Bitung, Sulawesi Utara',
      'Jakarta Utara',
      'Medan, Sumatera Utara',
      'Surabaya, Jawa Timur',
      'Batam, Kepulauan Riau',
      'Pekanbaru, Riau',
      'Ambon, Maluku',
    ],
    streets: [
      'Jl. Raya Pelabuhan',
      'Jl. Industri',
      'Jl. Gatot Subroto',
      'Jl. Sudirman',
      'Jl. Pantai Indah',
      'Jl. Lintas Timur',
    ],
    nameWords: [
      'Samudra',
      'Jaya',
      'Abadi',
      'Makmur',
      'Sentosa',
      'Nusantara',
      'Bahari',
      'Mitra',
      'Sejahtera',
      'Karya',
      'Lestari',
      'Perkasa',
    ],
    legalForms: ['PT {n}', 'PT. {n}', 'PT {n} Tbk'],
    languages: { public: ['id'], migrants: ['id', 'jv', 'su'] },
  },
  {
    code: 'MY',
    agencyId: 'my-immigration',
    agencyName: 'Immigration Department of Malaysia',
    supplierWeight: 65,
    migrantDestination: true,
    caseload: 2.0,
    cities: [
      'Klang, Selangor',
      'Johor Bahru, Johor',
      'Penang',
      'Sandakan, Sabah',
      'Kuching, Sarawak',
      'Shah Alam, Selangor',
    ],
    streets: [
      'Jalan Perusahaan',
      'Jalan Kebun',
      'Jalan Pelabuhan',
      'Jalan Bayan Lepas',
      'Jalan Tebrau',
      'Jalan Sultan',
    ],
    nameWords: ['Sinar', 'Mewah', 'Gemilang', 'Bersatu', 'Harmoni', 'Kinabalu', 'Selatan', 'Utama', 'Cahaya', 'Permai'],
    legalForms: ['{n} Sdn. Bhd.', '{n} Sdn Bhd', '{n} Berhad'],
    languages: { public: ['ms', 'en-MY', 'zh-Hans-MY', 'ta'], migrants: ['ms', 'bn', 'ne', 'my', 'id', 'en-MY'] },
  },
  {
    code: 'NZ',
    agencyId: 'nz-immigration',
    agencyName: 'Immigration New Zealand',
    supplierWeight: 20,
    migrantDestination: true,
    caseload: 0.4,
    cities: ['Nelson 7010', 'Auckland 1010', 'Timaru 7910', 'Tauranga 3110', 'Bluff 9814'],
    streets: ['Wakefield Quay', 'Quay Street', 'Port Loop Road', 'Hewletts Road', 'Foreshore Road'],
    nameWords: ['Kiwi', 'Aotea', 'Southern', 'Pacific', 'Harbour', 'Tasman', 'Kaikoura', 'Te Ika'],
    legalForms: ['{n} Limited', '{n} Ltd'],
    languages: { public: ['en-NZ', 'mi'], migrants: ['en-NZ', 'hi', 'tl', 'zh'] },
  },
  {
    code: 'TH',
    agencyId: 'th-police',
    agencyName: 'Royal Thai Police',
    supplierWeight: 80,
    migrantDestination: true,
    caseload: 2.2,
    cities: [
      'Mueang Samut Sakhon, Samut Sakhon 74000',
      'Songkhla 90000',
      'Ranong 85000',
      'Bangkok 10120',
      'Rayong 21150',
      'Chon Buri 20230',
      'Pattani 94000',
    ],
    streets: [
      'Moo 2, Sethakit Road',
      'Moo 5, Rama II Road',
      'Soi Chalong Krung 31',
      'Moo 1, Sukhumvit Road',
      'Tha Chalom Road',
      'Bang Na-Trat Road',
    ],
    nameWords: ['Siam', 'Andaman', 'Samut', 'Chao Phraya', 'Golden', 'Rattana', 'Sakhon', 'Narong', 'Mekong', 'Sri'],
    legalForms: ['{n} Co., Ltd.', '{n} Company Limited', '{n} Public Company Limited'],
    languages: { public: ['th'], migrants: ['my', 'km', 'lo', 'th'] },
  },
  {
    code: 'VN',
    agencyId: 'vn-police',
    agencyName: 'Ministry of Public Security of Viet Nam',
    supplierWeight: 65,
    migrantDestination: false,
    caseload: 1.8,
    cities: ['Cà Mau', 'Thành phố Hồ Chí Minh', 'Bình Dương', 'Hải Phòng', 'Đồng Nai', 'Kiên Giang', 'Bắc Ninh'],
    streets: [
      'Đường Lý Thường Kiệt',
      'Khu công nghiệp Sóng Thần',
      'Đường Nguyễn Văn Linh',
      'Khu công nghiệp VSIP',
      'Quốc lộ 1A',
      'Đường Trần Hưng Đạo',
    ],
    nameWords: [
      'Minh Phát',
      'Hoàng Long',
      'Việt Thành',
      'Đông Hải',
      'Tân Phú',
      'An Khang',
      'Phú Quốc',
      'Sao Mai',
      'Hòa Bình',
      'Bình Minh',
    ],
    legalForms: ['Công ty TNHH {n}', 'Công ty Cổ phần {n}', '{n} Co., Ltd.'],
    languages: { public: ['vi'], migrants: ['vi'] },
  },
  {
    code: 'LK',
    agencyId: 'lk-police',
    agencyName: 'Sri Lanka Police',
    supplierWeight: 30,
    migrantDestination: false,
    caseload: 0.9,
    cities: ['Colombo 15', 'Negombo', 'Katunayake', 'Galle', 'Trincomalee'],
    streets: ['Galle Road', 'Negombo Road', 'Baseline Road', 'Kandy Road', 'Export Processing Zone'],
    nameWords: ['Lanka', 'Ceylon', 'Serendib', 'Ruhuna', 'Kelani', 'Lion', 'Jaya', 'Southern'],
    legalForms: ['{n} (Pvt) Ltd', '{n} (Private) Limited', '{n} PLC'],
    languages: { public: ['si', 'ta', 'en-LK'], migrants: ['si', 'ta'] },
  },
  {
    code: 'KH',
    agencyId: 'kh-police',
    agencyName: 'Cambodian National Police',
    supplierWeight: 40,
    migrantDestination: false,
    caseload: 0.9,
    cities: ['Phnom Penh', 'Kampong Speu', 'Sihanoukville', 'Kandal', 'Bavet, Svay Rieng'],
    streets: [
      'Veng Sreng Boulevard',
      'National Road 4',
      'Russian Federation Boulevard',
      'National Road 1',
      'Street 598',
    ],
    nameWords: ['Angkor', 'Mekong', 'Khmer', 'Tonle', 'Golden', 'Bayon', 'Kampuchea', 'Chenla'],
    legalForms: ['{n} (Cambodia) Co., Ltd.', '{n} Co., Ltd.'],
    languages: { public: ['km'], migrants: ['km'] },
  },
  {
    code: 'MM',
    agencyId: 'mm-police',
    agencyName: 'Myanmar Police Force',
    supplierWeight: 30,
    migrantDestination: false,
    caseload: 1.0,
    cities: ['Hlaing Tharyar, Yangon', 'Myeik, Tanintharyi', 'Mawlamyine, Mon', 'Shwe Pyi Thar, Yangon', 'Kawthaung'],
    streets: ['Industrial Zone 2', 'Strand Road', 'Bogyoke Road', 'Pyay Road', 'Jetty Road'],
    nameWords: ['Shwe', 'Yadanar', 'Aung', 'Ayeyar', 'Mya', 'Thiri', 'Golden', 'Zaw'],
    legalForms: ['{n} Co., Ltd.', '{n} Company Limited'],
    languages: { public: ['my'], migrants: ['my', 'shn', 'mnw'] },
  },
  {
    code: 'PH',
    agencyId: 'ph-police',
    agencyName: 'Philippine National Police',
    supplierWeight: 45,
    migrantDestination: false,
    caseload: 1.6,
    cities: [
      'General Santos City',
      'Cebu City',
      'Batangas City',
      'Calamba, Laguna',
      'Navotas, Metro Manila',
      'Zamboanga City',
    ],
    streets: [
      'Makar Wharf Road',
      'Mactan Economic Zone',
      'Diversion Road',
      'Cabuyao Industrial Park',
      'North Bay Boulevard',
    ],
    nameWords: ['Mindanao', 'Visayas', 'Bayanihan', 'Luzon', 'Perlas', 'Dagat', 'Tala', 'Sampaguita'],
    legalForms: ['{n} Inc.', '{n} Corporation', '{n} Corp.'],
    languages: { public: ['fil', 'en-PH', 'ceb'], migrants: ['fil', 'ceb', 'en-PH'] },
  },
];

export const REGION_CODES: readonly string[] = REGION.map((c) => c.code);

export function regionCountry(code: string): RegionCountry {
  const found = REGION.find((c) => c.code === code);
  if (!found) throw new Error(`demo: ${code} is not a demo country`);
  return found;
}
