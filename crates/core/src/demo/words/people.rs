//! People, places and work: names, e-mail domains, companies, industries,
//! departments with their titles and skills, the skills catalog, languages,
//! cities, universities, degrees and certifications. WHY separate from
//! phrases: these are the nouns every generated row is built around.

/// Given names from many cultures (English, Indian, Chinese, Hispanic,
/// Arabic, African, European, Japanese, Korean, Slavic, Nordic...).
pub const FIRST_NAMES: &[&str] = &[
    "Aarav", "Aditi", "Ananya", "Arjun", "Deepika", "Ishaan", "Kavya", "Meera", "Nikhil", "Priya",
    "Rahul", "Rohan", "Saanvi", "Vikram", "Sneha", "Karthik", "Lakshmi", "Anil", "Pooja", "Sanjay",
    "Wei", "Li", "Jing", "Xiaoling", "Hao", "Mei", "Yong", "Lin", "Chen", "Fang", "Hiroshi", "Yuki",
    "Haruto", "Sakura", "Kenji", "Aiko", "Ren", "Yui", "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun",
    "Do-yun", "Santiago", "Valentina", "Mateo", "Camila", "Diego", "Lucia", "Sofia", "Alejandro",
    "Isabella", "Carlos", "Gabriela", "Javier", "Mariana", "Andres", "Daniela", "Omar", "Fatima",
    "Youssef", "Layla", "Ahmed", "Amira", "Khalid", "Noor", "Hassan", "Zainab", "Chinedu", "Amara",
    "Kwame", "Ngozi", "Tunde", "Ayodele", "Kofi", "Zanele", "Thabo", "Wanjiru", "James", "Olivia",
    "William", "Emma", "Benjamin", "Charlotte", "Henry", "Amelia", "Jack", "Grace", "Thomas",
    "Hannah", "Michael", "Sarah", "David", "Emily", "Daniel", "Jessica", "Lukas", "Lena", "Jonas",
    "Mia", "Felix", "Sophie", "Maximilian", "Clara", "Louis", "Chloe", "Hugo", "Camille", "Antoine",
    "Manon", "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Anders", "Ingrid",
    "Erik", "Freya", "Lars", "Astrid", "Mikkel", "Sigrid", "Dmitri", "Anastasia", "Ivan", "Olga",
    "Sergei", "Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Mehmet", "Elif", "Emre", "Zeynep",
    "Arash", "Shirin", "Dariush", "Leila", "Nguyen", "Linh", "Minh", "Thao", "Siti", "Budi",
    "Putri", "Rizal", "Maria", "Jose", "Noah", "Ava", "Liam", "Zoe", "Ethan", "Maya", "Aaliyah",
    "Malik", "Jamal", "Imani",
];

/// Family names matching the cultures above.
pub const LAST_NAMES: &[&str] = &[
    "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Kumar", "Menon", "Rao",
    "Chatterjee", "Desai", "Joshi", "Mehta", "Banerjee", "Kapoor", "Pillai", "Verma", "Wang", "Li",
    "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Sato", "Suzuki", "Takahashi",
    "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kim", "Lee", "Park", "Choi", "Jung",
    "Kang", "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez",
    "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Morales", "Ortiz", "Castillo",
    "Al-Farsi", "Haddad", "Khan", "Rahman", "Hussein", "Nasser", "Saleh", "Mansour", "Aziz",
    "Okafor", "Adeyemi", "Mensah", "Okonkwo", "Nkosi", "Mwangi", "Osei", "Abubakar", "Dlamini",
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
    "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Campbell", "Mueller",
    "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Martin", "Bernard",
    "Dubois", "Laurent", "Lefebvre", "Moreau", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi",
    "Romano", "Hansen", "Johansson", "Nielsen", "Larsen", "Andersson", "Lindqvist", "Ivanov",
    "Petrov", "Smirnov", "Kowalski", "Nowak", "Wisniewski", "Novak", "Yilmaz", "Kaya", "Demir",
    "Hosseini", "Karimi", "Tehrani", "Tran", "Le", "Pham", "Santoso", "Wijaya", "Santos", "Silva",
    "Oliveira", "Costa", "Pereira", "O'Brien", "Murphy", "Kelly",
];

/// Free-mail domains for personal addresses.
pub const EMAIL_DOMAINS: &[&str] = &[
    "gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "hotmail.com",
    "fastmail.com", "gmx.de", "zoho.com", "hey.com", "mail.com", "yandex.com", "live.com",
    "aol.com", "rediffmail.com", "qq.com", "naver.com", "web.de", "orange.fr", "libero.it",
];

/// First halves of invented company names.
pub const COMPANY_HEADS: &[&str] = &[
    "Northwind", "Bluefin", "Quantum Ridge", "Silverline", "Brightpath", "Ironclad", "Evergreen",
    "Redwood", "Lumen", "Cobalt", "Helix", "Summit", "Nimbus", "Vertex", "Oakridge", "Starling",
    "Polaris", "Crescent", "Harbor", "Meridian", "Aurora", "Keystone", "Pinnacle", "Sapphire",
    "Granite", "Tidewater", "Falcon", "Orchid", "Beacon", "Cascade", "Driftwood", "Emberly",
    "Foxglove", "Greenleaf", "Horizon", "Indigo", "Juniper", "Kestrel", "Lighthouse", "Maple",
    "Nova", "Obsidian", "Pioneer", "Quill", "Riverstone", "Sequoia", "Trident", "Umbra", "Vantage",
    "Willow", "Zephyr", "Acumen", "Bramble", "Copperleaf", "Dataforge", "Elevate",
];

/// Second halves of invented company names.
pub const COMPANY_TAILS: &[&str] = &[
    "Labs", "Systems", "Technologies", "Analytics", "Health", "Logistics", "Foods", "Capital",
    "Software", "Networks", "Robotics", "Energy", "Biosciences", "Media", "Consulting", "Financial",
    "Retail", "Security", "Cloud", "Mobility", "Manufacturing", "Insurance", "Partners",
    "Solutions", "Digital", "Learning", "Pharma", "Interactive", "Dynamics", "AI",
];

/// Industries, as a recruiter's CRM would list them.
pub const INDUSTRIES: &[&str] = &[
    "Software", "Fintech", "Healthcare", "E-commerce", "Logistics", "Manufacturing", "Banking",
    "Insurance", "Telecommunications", "Education", "Media & Entertainment", "Automotive", "Energy",
    "Renewables", "Pharmaceuticals", "Biotechnology", "Retail", "Hospitality", "Consulting",
    "Real Estate", "Government", "Non-profit", "Aerospace", "Cybersecurity", "Gaming", "Agritech",
    "Legal Services", "Travel", "Food & Beverage", "Semiconductors",
];

/// A department with its typical job titles and the skills those roles use.
pub struct Department {
    pub name: &'static str,
    pub titles: &'static [&'static str],
    pub skills: &'static [&'static str],
}

/// Departments, titles and skills by department.
pub const DEPARTMENTS: &[Department] = &[
    Department {
        name: "Engineering",
        titles: &[
            "Software Engineer", "Backend Engineer", "Frontend Engineer", "Full Stack Developer",
            "Mobile Engineer", "DevOps Engineer", "Site Reliability Engineer", "Platform Engineer",
            "Embedded Software Engineer", "Security Engineer", "QA Automation Engineer",
            "Engineering Manager", "Solutions Architect", "Cloud Engineer",
        ],
        skills: &[
            "Rust", "Go", "Java", "Python", "TypeScript", "JavaScript", "C++", "C#", "Kotlin",
            "Swift", "React", "Angular", "Vue.js", "Node.js", "Spring Boot", "Django", "FastAPI",
            "PostgreSQL", "MySQL", "SQLite", "Redis", "Kafka", "Docker", "Kubernetes", "Terraform",
            "AWS", "Azure", "Google Cloud", "GraphQL", "REST APIs", "gRPC", "Linux", "Git", "CI/CD",
            "Microservices", "System Design", "Unit Testing",
        ],
    },
    Department {
        name: "Data",
        titles: &[
            "Data Scientist", "Data Engineer", "Machine Learning Engineer", "Data Analyst",
            "Analytics Engineer", "BI Developer", "Research Scientist", "MLOps Engineer",
        ],
        skills: &[
            "Python", "SQL", "R", "Pandas", "NumPy", "scikit-learn", "PyTorch", "TensorFlow",
            "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "Tableau", "Power BI", "Statistics",
            "Machine Learning", "Deep Learning", "NLP", "Computer Vision", "Data Modeling",
            "A/B Testing", "Looker", "Databricks",
        ],
    },
    Department {
        name: "Product",
        titles: &[
            "Product Manager", "Senior Product Manager", "Product Owner",
            "Technical Product Manager", "Group Product Manager", "Product Operations Manager",
        ],
        skills: &[
            "Product Strategy", "Roadmapping", "User Research", "Agile", "Scrum", "Jira",
            "A/B Testing", "SQL", "Stakeholder Management", "Prioritization", "Figma",
            "Data Analysis", "Go-to-Market", "Communication",
        ],
    },
    Department {
        name: "Design",
        titles: &[
            "Product Designer", "UX Designer", "UI Designer", "UX Researcher", "Visual Designer",
            "Design Lead", "Motion Designer",
        ],
        skills: &[
            "Figma", "Sketch", "Adobe XD", "Photoshop", "Illustrator", "Prototyping", "Wireframing",
            "User Research", "Usability Testing", "Design Systems", "Accessibility",
            "Interaction Design",
        ],
    },
    Department {
        name: "Sales",
        titles: &[
            "Account Executive", "Sales Development Representative", "Enterprise Account Manager",
            "Sales Manager", "Business Development Manager", "Inside Sales Representative",
            "Regional Sales Director",
        ],
        skills: &[
            "Salesforce", "HubSpot", "Negotiation", "Cold Calling", "Pipeline Management",
            "Account Management", "Lead Generation", "CRM", "Consultative Selling", "Forecasting",
            "Presentation Skills", "Relationship Building",
        ],
    },
    Department {
        name: "Marketing",
        titles: &[
            "Marketing Manager", "Content Strategist", "SEO Specialist", "Growth Marketer",
            "Product Marketing Manager", "Social Media Manager", "Brand Manager",
            "Performance Marketing Specialist",
        ],
        skills: &[
            "SEO", "SEM", "Google Analytics", "Content Marketing", "Copywriting", "Email Marketing",
            "HubSpot", "Social Media", "Marketing Automation", "Brand Strategy", "Paid Search",
            "Market Research",
        ],
    },
    Department {
        name: "Finance",
        titles: &[
            "Financial Analyst", "Accountant", "Controller", "FP&A Manager", "Payroll Specialist",
            "Tax Associate", "Treasury Analyst", "Chief Financial Officer",
        ],
        skills: &[
            "Excel", "Financial Modeling", "Budgeting", "Forecasting", "GAAP", "IFRS", "SAP",
            "QuickBooks", "Variance Analysis", "Audit", "Tax Compliance", "Power BI",
        ],
    },
    Department {
        name: "People",
        titles: &[
            "HR Business Partner", "Talent Acquisition Specialist", "Technical Recruiter",
            "People Operations Manager", "Compensation Analyst", "Learning & Development Lead",
            "HR Generalist",
        ],
        skills: &[
            "Sourcing", "Interviewing", "Employer Branding", "Workday", "Onboarding",
            "Employee Relations", "Compensation & Benefits", "HR Compliance", "Talent Management",
            "Boolean Search", "Communication", "Stakeholder Management",
        ],
    },
    Department {
        name: "Operations",
        titles: &[
            "Operations Manager", "Supply Chain Analyst", "Project Manager", "Program Manager",
            "Business Analyst", "Procurement Specialist", "Logistics Coordinator",
        ],
        skills: &[
            "Project Management", "Lean Six Sigma", "Process Improvement", "Supply Chain",
            "Vendor Management", "Excel", "SQL", "Jira", "Risk Management", "Agile", "PMP",
        ],
    },
    Department {
        name: "Customer Success",
        titles: &[
            "Customer Success Manager", "Support Engineer", "Technical Account Manager",
            "Customer Support Specialist", "Implementation Consultant", "Onboarding Specialist",
        ],
        skills: &[
            "Zendesk", "Customer Onboarding", "Account Management", "Troubleshooting",
            "Communication", "Empathy", "SQL", "Salesforce", "Renewals", "Training Delivery",
        ],
    },
];

/// The skills catalog: name and `skills.category`.
pub const SKILLS: &[(&str, &str)] = &[
    ("Rust", "technical"), ("Go", "technical"), ("Java", "technical"), ("Python", "technical"),
    ("TypeScript", "technical"), ("JavaScript", "technical"), ("C++", "technical"),
    ("C#", "technical"), ("Kotlin", "technical"), ("Swift", "technical"), ("Ruby", "technical"),
    ("PHP", "technical"), ("Scala", "technical"), ("Elixir", "technical"), ("R", "technical"),
    ("SQL", "technical"), ("React", "technical"), ("Angular", "technical"), ("Vue.js", "technical"),
    ("Node.js", "technical"), ("Spring Boot", "technical"), ("Django", "technical"),
    ("FastAPI", "technical"), ("Ruby on Rails", "technical"), ("GraphQL", "technical"),
    ("REST APIs", "technical"), ("gRPC", "technical"), ("Microservices", "technical"),
    ("System Design", "technical"), ("Unit Testing", "technical"),
    ("Machine Learning", "technical"), ("Deep Learning", "technical"), ("NLP", "technical"),
    ("Computer Vision", "technical"), ("Statistics", "technical"), ("Data Modeling", "technical"),
    ("Pandas", "technical"), ("NumPy", "technical"), ("scikit-learn", "technical"),
    ("PyTorch", "technical"), ("TensorFlow", "technical"), ("Spark", "technical"),
    ("CI/CD", "technical"), ("Prototyping", "technical"), ("Wireframing", "technical"),
    ("Interaction Design", "technical"), ("Accessibility", "technical"),
    ("Design Systems", "technical"), ("Financial Modeling", "technical"),
    ("Copywriting", "technical"), ("Boolean Search", "technical"), ("PostgreSQL", "tool"),
    ("MySQL", "tool"), ("SQLite", "tool"), ("Redis", "tool"), ("MongoDB", "tool"),
    ("Kafka", "tool"), ("Docker", "tool"), ("Kubernetes", "tool"), ("Terraform", "tool"),
    ("Ansible", "tool"), ("AWS", "tool"), ("Azure", "tool"), ("Google Cloud", "tool"),
    ("Linux", "tool"), ("Git", "tool"), ("Airflow", "tool"), ("dbt", "tool"), ("Snowflake", "tool"),
    ("BigQuery", "tool"), ("Databricks", "tool"), ("Tableau", "tool"), ("Power BI", "tool"),
    ("Looker", "tool"), ("Excel", "tool"), ("Jira", "tool"), ("Figma", "tool"), ("Sketch", "tool"),
    ("Adobe XD", "tool"), ("Photoshop", "tool"), ("Illustrator", "tool"), ("Salesforce", "tool"),
    ("HubSpot", "tool"), ("Zendesk", "tool"), ("Workday", "tool"), ("SAP", "tool"),
    ("QuickBooks", "tool"), ("Google Analytics", "tool"), ("Communication", "soft"),
    ("Leadership", "soft"), ("Teamwork", "soft"), ("Problem Solving", "soft"),
    ("Critical Thinking", "soft"), ("Time Management", "soft"), ("Adaptability", "soft"),
    ("Stakeholder Management", "soft"), ("Negotiation", "soft"), ("Mentoring", "soft"),
    ("Empathy", "soft"), ("Conflict Resolution", "soft"), ("Presentation Skills", "soft"),
    ("Relationship Building", "soft"), ("Prioritization", "soft"), ("Attention to Detail", "soft"),
    ("Creativity", "soft"), ("Decision Making", "soft"), ("Emotional Intelligence", "soft"),
    ("Coaching", "soft"), ("English", "language"), ("Spanish", "language"), ("French", "language"),
    ("German", "language"), ("Mandarin", "language"), ("Hindi", "language"), ("Arabic", "language"),
    ("Japanese", "language"), ("Portuguese", "language"), ("Korean", "language"),
    ("Agile", "domain"), ("Scrum", "domain"), ("Product Strategy", "domain"),
    ("Roadmapping", "domain"), ("User Research", "domain"), ("Usability Testing", "domain"),
    ("A/B Testing", "domain"), ("SEO", "domain"), ("SEM", "domain"),
    ("Content Marketing", "domain"), ("Email Marketing", "domain"), ("Brand Strategy", "domain"),
    ("Market Research", "domain"), ("Pipeline Management", "domain"),
    ("Account Management", "domain"), ("Lead Generation", "domain"), ("Budgeting", "domain"),
    ("Forecasting", "domain"), ("GAAP", "domain"), ("IFRS", "domain"), ("Audit", "domain"),
    ("Supply Chain", "domain"), ("Risk Management", "domain"), ("Project Management", "domain"),
    ("Process Improvement", "domain"), ("Sourcing", "domain"), ("Interviewing", "domain"),
    ("Onboarding", "domain"), ("Employee Relations", "domain"), ("Payments", "domain"),
    ("PMP", "certification"), ("AWS Certified Solutions Architect", "certification"),
    ("Certified Kubernetes Administrator", "certification"), ("CPA", "certification"),
    ("Lean Six Sigma", "certification"), ("Certified Scrum Master", "certification"),
    ("CISSP", "certification"), ("Google Analytics Certification", "certification"),
    ("Cold Calling", "other"), ("Public Speaking", "other"), ("Technical Writing", "other"),
];

/// Programming languages (coding challenges and submissions).
pub const PROGRAMMING_LANGUAGES: &[&str] = &[
    "Python", "JavaScript", "TypeScript", "Java", "Go", "Rust", "C++", "C#", "Kotlin", "Ruby",
];

/// Spoken languages with a proficiency for `candidates.languages`.
pub const SPOKEN_LANGUAGES: &[&str] = &[
    "English", "Spanish", "French", "German", "Mandarin", "Hindi", "Arabic", "Portuguese",
    "Japanese", "Korean", "Italian", "Russian", "Tamil", "Swahili", "Turkish", "Dutch",
];

/// Proficiency words for languages.
pub const PROFICIENCY: &[&str] = &[
    "native", "fluent", "professional", "conversational", "basic",
];

/// A city with its country, IANA time zone and phone country code.
pub struct City {
    pub name: &'static str,
    pub country: &'static str,
    pub tz: &'static str,
    pub dial: &'static str,
}

/// Cities where candidates live and jobs are.
pub const CITIES: &[City] = &[
    City { name: "New York", country: "USA", tz: "America/New_York", dial: "1" },
    City { name: "San Francisco", country: "USA", tz: "America/Los_Angeles", dial: "1" },
    City { name: "Austin", country: "USA", tz: "America/Chicago", dial: "1" },
    City { name: "Seattle", country: "USA", tz: "America/Los_Angeles", dial: "1" },
    City { name: "Chicago", country: "USA", tz: "America/Chicago", dial: "1" },
    City { name: "Boston", country: "USA", tz: "America/New_York", dial: "1" },
    City { name: "Denver", country: "USA", tz: "America/Denver", dial: "1" },
    City { name: "Atlanta", country: "USA", tz: "America/New_York", dial: "1" },
    City { name: "Toronto", country: "Canada", tz: "America/Toronto", dial: "1" },
    City { name: "Vancouver", country: "Canada", tz: "America/Vancouver", dial: "1" },
    City { name: "Mexico City", country: "Mexico", tz: "America/Mexico_City", dial: "52" },
    City { name: "Sao Paulo", country: "Brazil", tz: "America/Sao_Paulo", dial: "55" },
    City { name: "Buenos Aires", country: "Argentina", tz: "America/Argentina/Buenos_Aires", dial: "54" },
    City { name: "Bogota", country: "Colombia", tz: "America/Bogota", dial: "57" },
    City { name: "London", country: "UK", tz: "Europe/London", dial: "44" },
    City { name: "Manchester", country: "UK", tz: "Europe/London", dial: "44" },
    City { name: "Dublin", country: "Ireland", tz: "Europe/Dublin", dial: "353" },
    City { name: "Berlin", country: "Germany", tz: "Europe/Berlin", dial: "49" },
    City { name: "Munich", country: "Germany", tz: "Europe/Berlin", dial: "49" },
    City { name: "Paris", country: "France", tz: "Europe/Paris", dial: "33" },
    City { name: "Amsterdam", country: "Netherlands", tz: "Europe/Amsterdam", dial: "31" },
    City { name: "Madrid", country: "Spain", tz: "Europe/Madrid", dial: "34" },
    City { name: "Barcelona", country: "Spain", tz: "Europe/Madrid", dial: "34" },
    City { name: "Lisbon", country: "Portugal", tz: "Europe/Lisbon", dial: "351" },
    City { name: "Milan", country: "Italy", tz: "Europe/Rome", dial: "39" },
    City { name: "Stockholm", country: "Sweden", tz: "Europe/Stockholm", dial: "46" },
    City { name: "Copenhagen", country: "Denmark", tz: "Europe/Copenhagen", dial: "45" },
    City { name: "Warsaw", country: "Poland", tz: "Europe/Warsaw", dial: "48" },
    City { name: "Zurich", country: "Switzerland", tz: "Europe/Zurich", dial: "41" },
    City { name: "Istanbul", country: "Turkey", tz: "Europe/Istanbul", dial: "90" },
    City { name: "Dubai", country: "UAE", tz: "Asia/Dubai", dial: "971" },
    City { name: "Riyadh", country: "Saudi Arabia", tz: "Asia/Riyadh", dial: "966" },
    City { name: "Cairo", country: "Egypt", tz: "Africa/Cairo", dial: "20" },
    City { name: "Lagos", country: "Nigeria", tz: "Africa/Lagos", dial: "234" },
    City { name: "Nairobi", country: "Kenya", tz: "Africa/Nairobi", dial: "254" },
    City { name: "Cape Town", country: "South Africa", tz: "Africa/Johannesburg", dial: "27" },
    City { name: "Accra", country: "Ghana", tz: "Africa/Accra", dial: "233" },
    City { name: "Bengaluru", country: "India", tz: "Asia/Kolkata", dial: "91" },
    City { name: "Hyderabad", country: "India", tz: "Asia/Kolkata", dial: "91" },
    City { name: "Pune", country: "India", tz: "Asia/Kolkata", dial: "91" },
    City { name: "Mumbai", country: "India", tz: "Asia/Kolkata", dial: "91" },
    City { name: "Chennai", country: "India", tz: "Asia/Kolkata", dial: "91" },
    City { name: "Gurugram", country: "India", tz: "Asia/Kolkata", dial: "91" },
    City { name: "Singapore", country: "Singapore", tz: "Asia/Singapore", dial: "65" },
    City { name: "Kuala Lumpur", country: "Malaysia", tz: "Asia/Kuala_Lumpur", dial: "60" },
    City { name: "Jakarta", country: "Indonesia", tz: "Asia/Jakarta", dial: "62" },
    City { name: "Ho Chi Minh City", country: "Vietnam", tz: "Asia/Ho_Chi_Minh", dial: "84" },
    City { name: "Shanghai", country: "China", tz: "Asia/Shanghai", dial: "86" },
    City { name: "Shenzhen", country: "China", tz: "Asia/Shanghai", dial: "86" },
    City { name: "Tokyo", country: "Japan", tz: "Asia/Tokyo", dial: "81" },
    City { name: "Seoul", country: "South Korea", tz: "Asia/Seoul", dial: "82" },
    City { name: "Sydney", country: "Australia", tz: "Australia/Sydney", dial: "61" },
    City { name: "Melbourne", country: "Australia", tz: "Australia/Melbourne", dial: "61" },
    City { name: "Auckland", country: "New Zealand", tz: "Pacific/Auckland", dial: "64" },
];

/// Universities (a mix of regions and tiers).
pub const UNIVERSITIES: &[&str] = &[
    "Massachusetts Institute of Technology", "Stanford University",
    "University of California, Berkeley", "Carnegie Mellon University",
    "Georgia Institute of Technology", "University of Texas at Austin", "University of Washington",
    "University of Michigan", "University of Toronto", "University of Waterloo",
    "McGill University", "University of British Columbia", "Imperial College London",
    "University of Oxford", "University of Cambridge", "University College London",
    "University of Edinburgh", "Trinity College Dublin", "Technical University of Munich",
    "RWTH Aachen University", "Humboldt University of Berlin", "ETH Zurich", "EPFL",
    "Sorbonne University", "Ecole Polytechnique", "Delft University of Technology",
    "KTH Royal Institute of Technology", "University of Copenhagen", "Politecnico di Milano",
    "Universidad Complutense de Madrid", "University of Warsaw",
    "Indian Institute of Technology Bombay", "Indian Institute of Technology Delhi",
    "Indian Institute of Science", "BITS Pilani", "Anna University", "University of Mumbai",
    "National University of Singapore", "Nanyang Technological University", "Tsinghua University",
    "Peking University", "Fudan University", "University of Tokyo", "Kyoto University",
    "Seoul National University", "KAIST", "University of Melbourne", "University of Sydney",
    "University of Auckland", "University of Cape Town", "University of Lagos",
    "University of Nairobi", "American University in Cairo", "Universidade de Sao Paulo",
    "Universidad de Buenos Aires", "Tecnologico de Monterrey", "Arizona State University",
    "Ohio State University", "Purdue University", "Northeastern University",
];

/// Degrees.
pub const DEGREES: &[&str] = &[
    "B.Sc. Computer Science", "B.Tech", "B.E.", "B.A.", "B.Com", "BBA", "B.Des", "B.Sc.",
    "M.Sc. Computer Science", "M.Tech", "M.S.", "MBA", "M.A.", "MCA", "M.Des", "M.Eng.", "Ph.D.",
    "Associate Degree", "Diploma", "High School Diploma",
];

/// Fields of study.
pub const FIELDS_OF_STUDY: &[&str] = &[
    "Computer Science", "Software Engineering", "Information Technology", "Electrical Engineering",
    "Electronics and Communication", "Mechanical Engineering", "Mathematics", "Statistics",
    "Data Science", "Physics", "Economics", "Finance", "Accounting", "Business Administration",
    "Marketing", "Psychology", "Human Resources", "Graphic Design", "Industrial Design",
    "Communications", "English Literature", "Operations Research", "Biotechnology", "Chemistry",
];

/// Grades as schools print them.
pub const GRADES: &[&str] = &[
    "3.9 GPA", "3.7 GPA", "3.5 GPA", "3.2 GPA", "First Class with Distinction", "First Class",
    "Second Class Upper", "8.7 CGPA", "8.1 CGPA", "7.4 CGPA", "Magna Cum Laude", "Cum Laude", "A",
    "B+",
];

/// Certifications and their issuers.
pub const CERTIFICATIONS: &[(&str, &str)] = &[
    ("AWS Certified Solutions Architect - Associate", "Amazon Web Services"),
    ("AWS Certified Developer - Associate", "Amazon Web Services"),
    ("Google Professional Cloud Architect", "Google Cloud"),
    ("Microsoft Certified: Azure Fundamentals", "Microsoft"),
    ("Certified Kubernetes Administrator", "Cloud Native Computing Foundation"),
    ("HashiCorp Certified: Terraform Associate", "HashiCorp"),
    ("Oracle Certified Professional, Java SE", "Oracle"),
    ("Project Management Professional (PMP)", "Project Management Institute"),
    ("Certified ScrumMaster", "Scrum Alliance"), ("Professional Scrum Product Owner", "Scrum.org"),
    ("CISSP", "ISC2"), ("CompTIA Security+", "CompTIA"), ("Certified Public Accountant", "AICPA"),
    ("Chartered Financial Analyst Level I", "CFA Institute"),
    ("Google Analytics Individual Qualification", "Google"),
    ("HubSpot Inbound Marketing", "HubSpot Academy"),
    ("Salesforce Certified Administrator", "Salesforce"), ("Lean Six Sigma Green Belt", "IASSC"),
    ("SHRM Certified Professional", "SHRM"), ("Tableau Desktop Specialist", "Tableau"),
    ("TensorFlow Developer Certificate", "Google"),
    ("Databricks Certified Data Engineer Associate", "Databricks"),
];
