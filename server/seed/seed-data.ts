import type { User } from '../../src/domain';
import { QUALIFICATIONS, type Role } from '../../src/domain';

export const ROLE_ID = 'senior-backend-engineer';

/** The one seeded role, paraphrased from shared/seeds/job-description.txt. */
export const SEEDED_ROLE: Role = {
  id: ROLE_ID,
  title: 'Senior Backend Engineer',
  team: 'Core Financial Infrastructure',
  location: 'Remote-first',
  summary:
    'Own the design and build of the highly scalable services that move millions of payments a day. ' +
    'You will solve hard problems in reliability and security for a platform used by everyone from ' +
    'two-person startups to global enterprises, as part of a team whose mission is to make moving money ' +
    'on the internet simple for everyone.',
  responsibilities: [
    'Design and build backend services that stay robust and maintainable through traffic spikes and heavy concurrency.',
    'Evolve the microservice architecture toward better modularity, fault tolerance and resilience.',
    'Keep latency low and availability high for distributed systems that span regions.',
    'Lead important technical projects from first idea to production, holding the bar on quality and security.',
    'Plan and deliver the technical roadmap with product, design and site reliability engineering.',
    'Mentor junior and mid-level engineers and help grow a culture of engineering excellence.',
    'Put testing and monitoring in place that find bottlenecks and failures before customers do.',
  ],
  qualifications: QUALIFICATIONS.map(({ id, label, description }) => ({ id, label, description })),
};

export const SEEDED_USERS: User[] = [
  { id: 'u-priya', name: 'Priya Raman', title: 'Senior Technical Recruiter', role: 'recruiter' },
  { id: 'u-marcus', name: 'Marcus Okafor', title: 'Engineering Manager, Core Payments', role: 'hiring_manager' },
  { id: 'u-dana', name: 'Dana Whitfield', title: 'Staff Engineer, Ledger', role: 'interviewer' },
  { id: 'u-tomas', name: 'Tomás Herrera', title: 'Senior Engineer, Payouts', role: 'interviewer' },
  { id: 'u-mei', name: 'Mei Lin', title: 'Principal Engineer, Platform', role: 'interviewer' },
  { id: 'u-sam', name: 'Sam Adeyemi', title: 'Senior Site Reliability Engineer', role: 'interviewer' },
  { id: 'u-ingrid', name: 'Ingrid Sørensen', title: 'Engineering Manager, Risk', role: 'interviewer' },
  { id: 'u-jordan', name: 'Jordan Ellis', title: 'Recruiting Coordinator', role: 'recruiter' },
];

export const FIRST_NAMES = [
  'Amara', 'Ben', 'Chiara', 'Dmitri', 'Elena', 'Farah', 'Gabriel', 'Hana', 'Ibrahim', 'Julia', 'Kenji',
  'Lena', 'Mateo', 'Nadia', 'Oluwaseun', 'Pavel', 'Quinn', 'Rosa', 'Sanjay', 'Tamsin', 'Uchenna',
  'Valentina', 'Wei', 'Ximena', 'Yusuf', 'Zara', 'Aditi', 'Bruno', 'Camille', 'Diego', 'Esther', 'Felix',
  'Grace', 'Hugo', 'Isla', 'Jonas', 'Kofi', 'Leila', 'Marek', 'Noor', 'Omar', 'Petra', 'Rahul', 'Sofia',
  'Tariq', 'Ursula', 'Viktor', 'Wanjiru', 'Yara', 'Zoltan', 'Anders', 'Bianca', 'Chen', 'Daria', 'Emeka',
];

export const LAST_NAMES = [
  'Abara', 'Bergström', 'Costa', 'Dubois', 'Eriksen', 'Fernandes', 'Goldberg', 'Haddad', 'Ivanova', 'Jensen',
  'Kowalski', 'Laurent', 'Mensah', 'Nakamura', 'Okonkwo', 'Petrov', 'Quintero', 'Rossi', 'Sato', 'Tanaka',
  'Umarov', 'Varga', 'Walsh', 'Xu', 'Yilmaz', 'Zhang', 'Acheampong', 'Brennan', 'Castillo', 'Desai',
  'Engel', 'Farouk', 'García', 'Hoffmann', 'Iyer', 'Jovanović', 'Kim', 'Lindqvist', 'Moreau', 'Novak',
  "O'Connor", 'Park', 'Reyes', 'Schmidt', 'Torres', 'Usman', 'Vasquez', 'Weber', 'Yamamoto', 'Zielinski',
];

export const COMPANIES = [
  'Northwind Payments', 'Ledgerline', 'Cobalt Cloud', 'Brightpath Bank', 'Parcelhub', 'Tandem Health',
  'Quantum Freight', 'Helio Energy', 'Mosaic Insurance', 'Fernway Travel', 'Orbit Streaming', 'Cinder Games',
  'Atlas Logistics', 'Pinecone Retail', 'Skyline Telecom', 'Harbor Exchange', 'Keystone Lending',
  'Lumen Analytics', 'Riverstone Capital', 'Nimbus Data', 'Sparrow Mobility', 'Vector Commerce',
];

export const HEADLINES = [
  'Senior Software Engineer', 'Backend Engineer', 'Senior Backend Engineer', 'Staff Software Engineer',
  'Software Engineer II', 'Platform Engineer', 'Senior Platform Engineer', 'Site Reliability Engineer',
  'Software Engineer, Payments', 'Lead Backend Developer', 'Senior Engineer, Infrastructure',
  'Distributed Systems Engineer',
];

export const LOCATIONS = [
  'Lisbon, Portugal', 'Berlin, Germany', 'Toronto, Canada', 'Austin, TX, USA', 'Dublin, Ireland',
  'Nairobi, Kenya', 'Bengaluru, India', 'São Paulo, Brazil', 'Warsaw, Poland', 'Singapore',
  'Seattle, WA, USA', 'London, UK', 'Mexico City, Mexico', 'Lagos, Nigeria', 'Stockholm, Sweden',
  'Melbourne, Australia', 'Denver, CO, USA', 'Barcelona, Spain',
];

/** Primary backend language and how it speaks to the `language` qualification. */
export const LANGUAGES: readonly (readonly [string, 'met' | 'partial'])[] = [
  ['Go', 'met'], ['Java', 'met'], ['Ruby', 'met'], ['Kotlin', 'partial'], ['Scala', 'partial'],
  ['Python', 'partial'], ['Rust', 'partial'], ['Elixir', 'partial'], ['C#', 'partial'],
];

export const DATASTORES = ['PostgreSQL', 'MySQL', 'DynamoDB', 'Cassandra', 'MongoDB', 'CockroachDB', 'Spanner'];
export const BROKERS = ['Kafka', 'RabbitMQ', 'SQS', 'NATS', 'Pulsar', 'Redis streams'];
export const CLOUDS = ['AWS', 'GCP', 'Azure'];
