#!/usr/bin/env python3
"""Generate crates/core/data/skills.csv, the skill catalog used to extract skills from resumes
and job descriptions and to match them.

Curated by hand below: one entry per line, `Name | synonym | synonym`; a leading `=` on a
form makes it match only with that exact case (for names that are ordinary words: Go, R, Swift,
Excel). In the CSV the name's flag is the `case_sensitive` column and a synonym keeps its `=`. Run `python3 gen_skills.py` from this
folder after editing; the test suite checks the catalog (size, duplicates, categories).
"""
import csv
import os

# group -> (schema category, entries)
GROUPS = {}


def group(name, category, text):
    GROUPS[name] = (category, [l.strip() for l in text.strip().splitlines() if l.strip()])


group("Programming languages", "technical", """
Python | Python3 | Python 3
Java
JavaScript | JS | ECMAScript | ES6 | ES2015
TypeScript
=C | C language | ANSI C | C99 | C11
C++ | CPP | C plus plus | Cplusplus
C# | C Sharp | CSharp
=Go | Golang
Rust
Ruby
PHP
Kotlin
=Swift | Swift 5
Objective-C | ObjC
Scala
=R | R language | R programming | RStudio
MATLAB
Perl
Haskell
Erlang
Elixir
Clojure
F# | F Sharp
OCaml
=Dart
=Julia
Lua
Groovy
Visual Basic | VB | VB6
VB.NET | Visual Basic .NET
VBA | Visual Basic for Applications
Fortran
COBOL
=Ada
=Assembly | Assembly language | ASM | x86 assembly
Lisp | Common Lisp
=Scheme
Racket
Prolog
Smalltalk
Pascal
Delphi | Object Pascal
Zig
Nim
=Crystal
=Elm
PureScript
Solidity
Bash | Bash scripting
Shell scripting | Shell script | Unix shell
PowerShell
Zsh
SQL
PL/SQL
T-SQL | Transact-SQL
ABAP
=Apex
SAS
Stata
Verilog
VHDL
SystemVerilog
Tcl
Awk
Sed
CoffeeScript
ReasonML | Reason
=Mojo
GLSL
HLSL
CUDA
OpenCL
WebAssembly | Wasm
LabVIEW
=Scratch
""")

group("Web frontend", "technical", """
HTML | HTML5
CSS | CSS3
Sass | SCSS
=Less | Less CSS
Tailwind CSS | Tailwind | TailwindCSS
=Bootstrap
Material UI | MUI
Chakra UI
Ant Design
Bulma
Foundation CSS
React | React.js | ReactJS
React Native
Redux | Redux Toolkit
MobX
Zustand
=Recoil
Angular | Angular 2+
AngularJS | Angular.js
Vue.js | Vue | VueJS | Vue 3
Vuex
Pinia
Nuxt.js | Nuxt | NuxtJS
Next.js | NextJS
Svelte
SvelteKit
SolidJS | Solid.js
Ember.js | EmberJS
Backbone.js | Backbone
jQuery
Alpine.js
htmx
Preact
=Lit | Lit Element
Web Components
Gatsby | GatsbyJS
=Astro
=Remix
Qwik
Webpack
Vite
=Rollup
=Parcel
esbuild
Babel
Gulp
=Grunt
npm
=Yarn
pnpm
Storybook
D3.js | D3
Three.js | ThreeJS
Chart.js
=Leaflet
Mapbox
WebGL
WebRTC
WebSockets | WebSocket
Service Workers
Progressive Web Apps | PWA
Responsive design | Responsive web design
Web accessibility | Accessibility | a11y | WCAG
Cross-browser compatibility
Single-page applications | SPA
Server-side rendering | SSR
Styled Components | styled-components
Emotion CSS
CSS Modules
PostCSS
RxJS
TanStack Query | React Query
React Router
Framer Motion
GSAP
Handlebars
=Pug
EJS
Jinja | Jinja2
Thymeleaf
=Razor
Blazor
Web performance optimization | Core Web Vitals
""")

group("Backend frameworks and runtimes", "technical", """
Node.js | =Node | NodeJS
Deno
=Bun
Express.js | =Express | ExpressJS
NestJS | Nest.js
Koa
Fastify
Hapi
Meteor
Django
Django REST Framework | DRF
Flask
FastAPI
=Pyramid
Tornado
aiohttp
Celery
Ruby on Rails | =Rails | RoR
Sinatra
Laravel
Symfony
CodeIgniter
Zend Framework | Laminas
CakePHP
Yii
WordPress
Drupal
Joomla
Magento
Shopify
Spring Framework | =Spring
Spring Boot
Spring Cloud
Spring Security
Hibernate
JPA
Jakarta EE | Java EE | J2EE
Quarkus
Micronaut
Vert.x
Dropwizard
Play Framework
Akka
Struts
Servlets | Java Servlets
JSP
.NET | dotnet | .NET Core | .NET Framework
ASP.NET | ASP.NET Core | ASP.NET MVC
Entity Framework | EF Core
WCF
WPF
Windows Forms | WinForms
Xamarin
=Gin
Echo framework
=Fiber
Actix | Actix Web
Axum
=Rocket
Tokio
Phoenix Framework | =Phoenix
Gorilla Mux
gRPC
GraphQL
Apollo GraphQL | Apollo
Hasura
REST APIs | REST | RESTful | RESTful APIs | REST API
SOAP
OpenAPI | Swagger
JSON
XML
YAML
Protocol Buffers | protobuf
Apache Thrift
tRPC
Prisma
Sequelize
TypeORM
SQLAlchemy
Mongoose
Drizzle ORM
Strapi
Contentful
Sanity
Headless CMS
""")

group("Mobile", "technical", """
Android
iOS
Android SDK
iOS SDK
SwiftUI
UIKit
Jetpack Compose
Android Studio
Xcode
Flutter
Ionic
Cordova | Apache Cordova | PhoneGap
=Capacitor
=Expo
NativeScript
Kotlin Multiplatform | KMP
Core Data
=Realm
Firebase
Firebase Cloud Messaging | FCM
Push notifications
App Store Connect
Google Play Console
Mobile app development | Mobile development
Cross-platform development
ARKit
ARCore
Room database | Android Room
Retrofit
RxJava
Combine framework
""")

group("Databases", "technical", """
PostgreSQL | Postgres | psql | Postgre
MySQL
MariaDB
SQLite
Oracle Database | Oracle DB | Oracle RDBMS
Microsoft SQL Server | SQL Server | MSSQL | MS SQL
IBM Db2 | DB2
MongoDB | Mongo
Redis
Memcached
Cassandra | Apache Cassandra
ScyllaDB
Couchbase
CouchDB | Apache CouchDB
DynamoDB | Amazon DynamoDB
Cosmos DB | Azure Cosmos DB
Firestore | Cloud Firestore
Neo4j
ArangoDB
JanusGraph
Amazon Neptune
Elasticsearch | Elastic Search
OpenSearch
Solr | Apache Solr
Lucene | Apache Lucene
Algolia
Meilisearch
Typesense
InfluxDB
TimescaleDB
ClickHouse
Apache Druid | Druid
Apache Pinot
Snowflake
Amazon Redshift | Redshift
Google BigQuery | BigQuery
Azure Synapse Analytics | Azure Synapse
Teradata
Vertica
Greenplum
CockroachDB
YugabyteDB
TiDB
PlanetScale
Supabase
Amazon Aurora | =Aurora
Amazon RDS | RDS
HBase | Apache HBase
Apache Kudu
Pinecone
Weaviate
Milvus
Qdrant
pgvector
ChromaDB | Chroma DB
FaunaDB
RethinkDB
LevelDB
RocksDB
etcd
Database design
Database administration | DBA
Data modeling | Data modelling
Query optimization | Query tuning
Database replication
Database sharding | Sharding
Stored procedures
ETL
ELT
Microsoft Access | MS Access
FileMaker
""")

group("Cloud platforms and services", "technical", """
Amazon Web Services | AWS
Microsoft Azure | Azure
Google Cloud Platform | GCP | Google Cloud
IBM Cloud
Oracle Cloud Infrastructure | OCI | Oracle Cloud
Alibaba Cloud
DigitalOcean
Linode | Akamai Cloud
Heroku
Vercel
Netlify
Cloudflare
Cloudflare Workers
Fly.io
Amazon EC2 | EC2
Amazon S3 | S3 | AWS S3
AWS Lambda | Lambda functions
Amazon ECS | ECS
Amazon EKS | EKS
AWS Fargate | Fargate
Amazon SQS | SQS
Amazon SNS | SNS
Amazon Kinesis | Kinesis
AWS Glue
Amazon Athena | =Athena
Amazon EMR | EMR
Amazon CloudFront | CloudFront
Amazon Route 53 | Route 53 | Route53
Amazon VPC | AWS VPC
AWS IAM | IAM
AWS CloudFormation | CloudFormation
AWS CDK | CDK
AWS Step Functions | Step Functions
Amazon API Gateway | API Gateway
Amazon CloudWatch | CloudWatch
AWS Elastic Beanstalk | Elastic Beanstalk
Amazon SageMaker | SageMaker
Amazon Bedrock | =Bedrock
AWS Amplify | =Amplify
Amazon Cognito | Cognito
AWS Secrets Manager
AWS KMS
Amazon ElastiCache | ElastiCache
Amazon MSK
AWS Batch
Azure Functions
Azure App Service
Azure Kubernetes Service | AKS
Azure DevOps | Azure Pipelines | VSTS
Azure Active Directory | Azure AD | Entra ID | Microsoft Entra
Azure Blob Storage
Azure Data Factory | ADF
Azure Databricks
Azure Machine Learning | Azure ML
Azure Service Bus
Azure Event Hubs
Azure Resource Manager | ARM templates
=Bicep
Azure Monitor
Google Kubernetes Engine | GKE
Google Cloud Run | Cloud Run
Google Cloud Functions | Cloud Functions
Google App Engine | App Engine
Google Cloud Storage | GCS
Google Cloud Pub/Sub | Pub/Sub | PubSub
Google Cloud Dataflow | Dataflow
Google Cloud Dataproc | Dataproc
Vertex AI
Google Cloud Spanner | Cloud Spanner
Cloud SQL
Firebase Authentication
Serverless | Serverless architecture
Serverless Framework
Cloud architecture
Cloud migration
Multi-cloud
Hybrid cloud
Cloud cost optimization | FinOps
Infrastructure as a Service | IaaS
Platform as a Service | PaaS
Software as a Service | SaaS
OpenStack
VMware vSphere | vSphere
VMware ESXi | ESXi
Hyper-V
Proxmox
""")

group("DevOps and infrastructure", "tool", """
Docker
Docker Compose
Kubernetes | k8s | K8S
Helm | Helm charts
Kustomize
OpenShift | Red Hat OpenShift
Rancher
=Nomad | HashiCorp Nomad
Podman
containerd
Istio
Linkerd
=Envoy | Envoy Proxy
Consul | HashiCorp Consul
=Vault | HashiCorp Vault
Terraform
Pulumi
Ansible
=Chef
=Puppet
SaltStack | =Salt
=Packer
Vagrant
CloudInit | cloud-init
Jenkins
GitHub Actions
GitLab CI | GitLab CI/CD
CircleCI
Travis CI
TeamCity
=Bamboo
Argo CD | ArgoCD
Argo Workflows
Flux CD | FluxCD
Spinnaker
Tekton
Buildkite
Drone CI
Octopus Deploy
CI/CD | Continuous integration | Continuous delivery | Continuous deployment
GitOps
Infrastructure as Code | IaC
Site Reliability Engineering | SRE
DevOps
DevSecOps
Platform engineering
Release management
Configuration management
Prometheus
Grafana
Datadog
New Relic
Dynatrace
AppDynamics
Splunk
ELK Stack | ELK | Elastic Stack
Logstash
Kibana
Fluentd
Fluent Bit
Loki | Grafana Loki
Jaeger
Zipkin
OpenTelemetry | OTel
=Sentry
PagerDuty
Opsgenie
Nagios
Zabbix
Observability
Monitoring
Incident management
Chaos engineering
Load balancing
Nginx
Apache HTTP Server | Apache httpd
HAProxy
Traefik
Caddy
Tomcat | Apache Tomcat
Jetty
IIS | Internet Information Services
Git
GitHub
GitLab
Bitbucket
Subversion | SVN
Mercurial
Perforce
Maven | Apache Maven
Gradle
=Ant | Apache Ant
Bazel
CMake
GNU Make | Makefile | Makefiles
Nexus Repository | Sonatype Nexus
JFrog Artifactory | Artifactory
SonarQube
Linux
Ubuntu
Debian
Red Hat Enterprise Linux | RHEL
CentOS
Fedora
Alpine Linux
Unix
FreeBSD
Windows Server
macOS
Linux administration | Linux system administration
System administration | Sysadmin
Active Directory
LDAP
systemd
Cron
SSH
""")

group("Data engineering and analytics", "technical", """
Apache Spark | =Spark | PySpark
Apache Hadoop | Hadoop | HDFS
Apache Kafka | Kafka
Apache Flink | Flink
Apache Beam
Apache Airflow | Airflow
Apache NiFi | NiFi
Apache Hive | =Hive
Apache Pig
Apache Storm
Apache Iceberg | Iceberg
Apache Hudi | Hudi
Delta Lake
Apache Parquet | Parquet
Apache Avro | Avro
Apache ORC
Apache Arrow
=Presto
Trino
Databricks
dbt | data build tool
Fivetran
Stitch Data
Airbyte
Talend
Informatica
SSIS | SQL Server Integration Services
SSRS | SQL Server Reporting Services
SSAS | SQL Server Analysis Services
Dagster
=Prefect
=Luigi
Kafka Streams
Apache Pulsar | Pulsar
RabbitMQ
ActiveMQ | Apache ActiveMQ
ZeroMQ
=NATS
Amazon Kinesis Data Firehose
Data warehousing | Data warehouse
Data lakes | Data lake
Data lakehouse | Lakehouse
Data pipelines | Data pipeline
Stream processing | Streaming data
Batch processing
Data governance
Data quality
Data catalog
Master data management | MDM
Data engineering
Data analysis | Data analytics
Data visualization | Data visualisation
Business intelligence | BI
Tableau
Power BI | PowerBI | Microsoft Power BI
Looker
Looker Studio | Google Data Studio | Data Studio
Qlik | Qlik Sense | QlikView
MicroStrategy
Metabase
Apache Superset | Superset
Redash
Mode Analytics
Sisense
Domo
Alteryx
KNIME
SPSS | IBM SPSS
=Excel | Microsoft Excel | MS Excel
Google Sheets
Pivot tables
VLOOKUP
Power Query
DAX
Power Pivot
Statistics | Statistical analysis
A/B testing | AB testing | Split testing
Experiment design | Experimental design
Hypothesis testing
Regression analysis
Time series analysis | Time series
Forecasting
Google Analytics | GA4
Adobe Analytics
Mixpanel
=Amplitude
Heap Analytics
Hotjar
Web analytics
Product analytics
Cohort analysis
Funnel analysis
KPI reporting | KPIs
Dashboards | Dashboarding
Jupyter | Jupyter Notebook | JupyterLab
pandas
NumPy
SciPy
Polars
Dask
Matplotlib
Seaborn
Plotly
Bokeh
ggplot2
dplyr
tidyverse
R Shiny | =Shiny
""")

group("Machine learning and AI", "technical", """
Machine learning | ML
Deep learning
Artificial intelligence | AI
Natural language processing | NLP
Computer vision
Reinforcement learning | RL
Generative AI | GenAI
Large language models | LLM | LLMs
Prompt engineering
Retrieval-augmented generation | RAG
Fine-tuning | Model fine-tuning
Transformers | Transformer models
Hugging Face | HuggingFace
LangChain
LlamaIndex
OpenAI API
Embeddings | Vector embeddings
Vector databases | Vector search
TensorFlow
Keras
PyTorch
=JAX
scikit-learn | sklearn | scikit learn
XGBoost
LightGBM
CatBoost
MLflow
Kubeflow
Weights & Biases | W&B | wandb
ONNX
TensorRT
OpenCV
spaCy
NLTK
Gensim
fastai
Theano
Caffe
MXNet | Apache MXNet
=Ray
Horovod
Feature engineering
Model deployment | Model serving
MLOps
Model monitoring
Neural networks | Neural network
Convolutional neural networks | CNN | CNNs
Recurrent neural networks | RNN | RNNs
LSTM
Generative adversarial networks | GAN | GANs
Diffusion models | Stable Diffusion
Object detection
Image classification
Image segmentation
Speech recognition | ASR
Text-to-speech | TTS
Sentiment analysis
Named entity recognition | NER
Recommender systems | Recommendation systems | Recommendation engines
Anomaly detection
Clustering
Classification
Dimensionality reduction | PCA
Bayesian statistics | Bayesian inference
Causal inference
Predictive modeling | Predictive modelling
Data mining
Mathematical optimization
Operations research
Linear algebra
Probability
Data science
Knowledge graphs
Explainable AI | XAI
AI ethics | Responsible AI
Computer graphics
Robotics
ROS | Robot Operating System
SLAM
Autonomous vehicles | Self-driving
""")

group("Testing and quality", "technical", """
Software testing
Test automation | Automated testing
Manual testing
Unit testing | Unit tests
Integration testing
End-to-end testing | E2E testing
Regression testing
Performance testing
Load testing
Stress testing
Security testing
Usability testing
User acceptance testing | UAT
Exploratory testing
Test-driven development | TDD
Behavior-driven development | BDD | Behaviour-driven development
Quality assurance | QA
Selenium | Selenium WebDriver
Cypress
Playwright
Puppeteer
WebdriverIO
Appium
Espresso
XCTest
XCUITest
JUnit
TestNG
Mockito
pytest
unittest
Jest
Mocha
Chai
Jasmine
=Karma
Vitest
Testing Library | React Testing Library
Enzyme
RSpec
Capybara
=Cucumber
SpecFlow
NUnit
xUnit
PHPUnit
JMeter | Apache JMeter
Gatling
Locust
k6
LoadRunner
=Postman
SoapUI
=Insomnia
TestRail
=Zephyr
qTest
Property-based testing
Mutation testing
Fuzzing | Fuzz testing
Code review | Code reviews
Static analysis
ESLint
Prettier
Pylint
Black formatter
Checkstyle
""")

group("Security", "technical", """
Cybersecurity | Cyber security | Information security | InfoSec
Application security | AppSec
Network security
Cloud security
Penetration testing | Pentesting | Pen testing
Ethical hacking
Vulnerability assessment | Vulnerability management
Threat modeling | Threat modelling
Threat intelligence
Incident response
Digital forensics | Forensics
Malware analysis
Reverse engineering
Security operations | SecOps
Security Operations Center | SOC
SIEM
SOAR
Identity and access management | IAM policies
Single sign-on | SSO
OAuth | OAuth 2.0 | OAuth2
OpenID Connect | OIDC
SAML
JSON Web Tokens | JWT
Multi-factor authentication | MFA | 2FA
Public key infrastructure | PKI
Cryptography
Encryption
TLS | SSL | SSL/TLS
Zero trust
Firewalls | Firewall
Intrusion detection | IDS
Intrusion prevention | IPS
Endpoint security | EDR
Data loss prevention | DLP
OWASP | OWASP Top 10
Burp Suite
Metasploit
Nmap
Wireshark
Kali Linux
Nessus
Qualys
Snort
Suricata
CrowdStrike
Okta
Auth0
Keycloak
CyberArk
Security compliance
GDPR
HIPAA
SOC 2 | SOC2
ISO 27001
PCI DSS | PCI-DSS
NIST Cybersecurity Framework | NIST CSF | NIST
Risk assessment
Security auditing | Security audits
Secure coding
SAST
DAST
Container security
""")

group("Networking and systems", "technical", """
Computer networking | Networking
TCP/IP
DNS
DHCP
HTTP | HTTPS
HTTP/2
QUIC
BGP
OSPF
MPLS
VLAN | VLANs
VPN
SD-WAN
Routing and switching
Cisco IOS
Cisco ASA
Juniper Junos | Junos
Network administration
Network engineering
Wi-Fi | WiFi | WLAN
5G
LTE
VoIP
SIP
Software-defined networking | SDN
Content delivery networks | CDN
Distributed systems
Microservices | Microservice architecture
Event-driven architecture
Service-oriented architecture | SOA
Domain-driven design | DDD
CQRS
Event sourcing
System design
Software architecture
High availability
Scalability
Fault tolerance
Caching
Concurrency
Multithreading
Parallel computing | Parallel programming
High-performance computing | HPC
Message queues | Message queuing
API design
API gateway management
Operating systems
Linux kernel
Kernel development
Device drivers
Virtualization
Storage area networks | SAN
Network-attached storage | NAS
Backup and recovery | Backup and restore
Disaster recovery | DR
IT support | Technical support
Help desk | Helpdesk | Service desk
ITIL
IT service management | ITSM
ServiceNow
Microsoft 365 administration | Office 365 administration
Exchange Server | Microsoft Exchange
Microsoft Intune | Intune
SCCM | Microsoft Endpoint Configuration Manager
Group Policy
Citrix
Jamf
""")

group("Embedded and hardware", "technical", """
Embedded systems
Embedded C
Embedded Linux
Firmware development | Firmware
RTOS | Real-time operating systems
FreeRTOS
Zephyr RTOS
Yocto | Yocto Project
Arduino
Raspberry Pi
Microcontrollers | MCU
ARM Cortex | ARM Cortex-M
STM32
ESP32
FPGA
ASIC design | ASIC
PCB design
Altium Designer | Altium
KiCad
Circuit design
Digital signal processing | DSP
Signal processing
Internet of Things | IoT
MQTT
CAN bus
Modbus
I2C
SPI protocol
UART
Bluetooth Low Energy | BLE
Zigbee
PLC programming | PLC
SCADA
AUTOSAR
Simulink
Control systems
Mechatronics
""")

group("Game development and graphics", "technical", """
=Unity | Unity3D
Unreal Engine | UE4 | UE5
Godot
Game development | Gamedev
Game design
Level design
OpenGL
Vulkan
DirectX
Metal API
Shader programming | Shaders
3D modeling | 3D modelling
Blender
Autodesk Maya | =Maya
3ds Max | Autodesk 3ds Max
Cinema 4D
ZBrush
Substance Painter
Houdini
Animation
Rigging
Virtual reality | VR
Augmented reality | AR
Mixed reality | XR
""")

group("Blockchain", "technical", """
Blockchain
Ethereum
Smart contracts
Web3 | Web3.js
ethers.js
Hardhat
Truffle
Hyperledger Fabric | Hyperledger
Bitcoin
Decentralized finance | DeFi
NFT
Cryptocurrency
""")

group("Design and UX", "tool", """
UX design | User experience design | UX
UI design | User interface design
UI/UX | UX/UI
Product design
Interaction design
Visual design
Graphic design
Web design
Information architecture
User research | UX research
Wireframing | Wireframes
Prototyping
Design systems | Design system
Usability
Human-computer interaction | HCI
Figma
=Sketch
Adobe XD
InVision
Axure | Axure RP
Balsamiq
=Framer
Zeplin
Miro
Adobe Photoshop | Photoshop
Adobe Illustrator | Illustrator
Adobe InDesign | InDesign
Adobe After Effects | After Effects
Adobe Premiere Pro | Premiere Pro | =Premiere
Adobe Lightroom | Lightroom
Adobe Creative Suite | Adobe Creative Cloud | Creative Cloud
Adobe Acrobat
Canva
CorelDRAW
Affinity Designer
Final Cut Pro
DaVinci Resolve
Motion graphics
Video editing
Photography
Typography
Branding | Brand design
Illustration
Logo design
Print design
Packaging design
Copywriting
Content writing
Technical writing
UX writing
Editing | Copy editing
Proofreading
AutoCAD
SolidWorks
CATIA
Autodesk Revit | Revit
SketchUp
Autodesk Inventor | =Inventor
Fusion 360
Rhino 3D | Rhinoceros
ANSYS
COMSOL
CAD | Computer-aided design
""")

group("Productivity and business tools", "tool", """
Microsoft Office | MS Office | Office 365 | Microsoft 365
Microsoft Word | MS Word
Microsoft PowerPoint | PowerPoint | MS PowerPoint
Microsoft Outlook | Outlook
Microsoft Teams | MS Teams
Microsoft Project | MS Project
Microsoft Visio | Visio
SharePoint | Microsoft SharePoint
OneNote
Google Workspace | G Suite | GSuite
Google Docs
Google Slides
=Slack
=Zoom
=Notion
Confluence
Jira | JIRA | Atlassian Jira
Trello
Asana
Monday.com
ClickUp
Basecamp
Smartsheet
Airtable
Wrike
Salesforce | SFDC | Salesforce CRM
Salesforce Marketing Cloud
HubSpot
Zoho CRM | Zoho
Pipedrive
Microsoft Dynamics 365 | Dynamics 365 | MS Dynamics
SAP
SAP ERP
SAP S/4HANA | S/4HANA | SAP HANA
SAP FICO | SAP FI/CO
SAP MM
SAP SD
Oracle E-Business Suite | Oracle EBS
Oracle NetSuite | NetSuite
=Workday
Oracle PeopleSoft | PeopleSoft
ADP
BambooHR
=Greenhouse
=Lever
Taleo | Oracle Taleo
SuccessFactors | SAP SuccessFactors
iCIMS
LinkedIn Recruiter
QuickBooks
Xero
Sage accounting | =Sage
FreshBooks
Zendesk
Freshdesk
Intercom
Marketo
Mailchimp
Pardot | Marketing Cloud Account Engagement
Hootsuite
=Buffer
Sprout Social
SEMrush
Ahrefs
Moz
Google Ads | AdWords | Google AdWords
Meta Ads | Facebook Ads
LinkedIn Ads
Google Tag Manager | GTM
Zapier
Make.com | Integromat
UiPath
Automation Anywhere
Blue Prism
Microsoft Power Automate | Power Automate
Microsoft Power Apps | Power Apps
Microsoft Power Platform | Power Platform
Lotus Notes
DocuSign
Calendly
Loom
FigJam
Lucidchart
draw.io | diagrams.net
Visual Studio Code | VS Code | VSCode
Visual Studio
IntelliJ IDEA | IntelliJ
Eclipse IDE | Eclipse
PyCharm
Vim | Neovim
Emacs
""")

group("Practices and methodologies", "domain", """
Agile | Agile methodologies | Agile development
Scrum
Kanban
=Lean
SAFe | Scaled Agile Framework
Extreme Programming
Waterfall
PRINCE2
Six Sigma | Lean Six Sigma
Design thinking
Object-oriented programming | OOP | Object-oriented design | OOD
Functional programming
Design patterns
SOLID principles | =SOLID
Clean code
Refactoring
Pair programming
Code documentation
Software development life cycle | SDLC
Software engineering
Full-stack development | Full stack | Fullstack
Frontend development | Front-end development | Front end
Backend development | Back-end development | Back end
Web development
API development
Technical debt management
Version control
Data structures
Algorithms
Data structures and algorithms | DSA
Compilers
Performance tuning | Performance optimization
Debugging
Troubleshooting
Open source | Open-source contribution
Technical leadership | Tech lead
Architecture reviews
Requirements gathering | Requirements analysis
Business analysis
Systems analysis
User stories
Backlog management | Backlog grooming
Sprint planning
Retrospectives
Estimation
Roadmapping | Product roadmap
Product management
Project management
Program management
Portfolio management
Stakeholder management
Change management
Risk management
Vendor management
Budgeting
Resource planning
Capacity planning
Process improvement
Continuous improvement | Kaizen
Quality management
Root cause analysis | RCA
OKRs | Objectives and key results
Internationalization | i18n
Localization | l10n
SEO | Search engine optimization
""")

group("Soft skills", "soft", """
Communication | Communication skills
Written communication
Verbal communication
Public speaking
Presentation skills | Presentations
Active listening
Leadership
Team leadership | Team lead
People management
Team management
Mentoring | Mentorship
Coaching
Teamwork | Team player
Collaboration
Cross-functional collaboration
Problem solving | Problem-solving
Critical thinking
Analytical skills | Analytical thinking
Creativity
Innovation
Adaptability | Flexibility
Time management
Prioritization
Organization skills | Organizational skills
Attention to detail | Detail-oriented
Multitasking
Decision making | Decision-making
Strategic thinking
Emotional intelligence | EQ
Empathy
Conflict resolution
Negotiation
Persuasion
Influencing
Customer service
Customer focus | Customer-centric
Relationship building
Networking skills
Interpersonal skills
Self-motivation | Self-motivated
Work ethic
Accountability
Ownership
Initiative
Resilience
Stress management
Patience
Curiosity
Continuous learning | Lifelong learning
Facilitation
Delegation
Giving feedback
Cultural awareness | Cross-cultural communication
Diversity and inclusion | DEI
Storytelling
Remote collaboration
Dependability | Reliability
Professionalism
Integrity
Research skills
""")

group("Business and domain", "domain", """
Accounting
Financial accounting
Management accounting
Bookkeeping
Accounts payable
Accounts receivable
Payroll
Auditing | Audit
Internal audit
External audit
Taxation | Tax
Tax preparation
Financial analysis
Financial modeling | Financial modelling
Financial planning | FP&A
Financial reporting
Corporate finance
Investment banking
Equity research
Asset management
Wealth management
Risk analysis
Credit analysis
Credit risk
Market risk
Treasury
Mergers and acquisitions | M&A
Due diligence
Valuation
Private equity
Venture capital
Trading
Derivatives
Fixed income
Actuarial science
Insurance underwriting | Underwriting
Claims management
Banking
Payments
Anti-money laundering | AML
Know your customer | KYC
Regulatory compliance | Compliance
IFRS
US GAAP | GAAP
Sarbanes-Oxley | SOX
Marketing
Digital marketing
Content marketing
Social media marketing | SMM
Email marketing
Performance marketing
Growth marketing | Growth hacking
Product marketing
Brand management
Marketing strategy
Market research
Competitive analysis
Public relations
Event management | Event planning
Search engine marketing | SEM
Pay-per-click | PPC
Affiliate marketing
Influencer marketing
Marketing automation
Lead generation
Conversion rate optimization | CRO
Customer segmentation
Sales
B2B sales
B2C sales
Inside sales
Field sales
Account management
Key account management
Business development
Sales strategy
Sales forecasting
Cold calling
Prospecting
Pipeline management
Consultative selling | Solution selling
CRM management
Customer success
Customer support
Customer retention
Client relations
Human resources | HR
Recruiting | Recruitment
Talent acquisition
Technical recruiting
Sourcing
Interviewing
Onboarding
Employee relations
Performance management
Compensation and benefits | Compensation
Learning and development | L&D
Training and development
Organizational development
HR information systems | HRIS
Labor law | Employment law
Workforce planning
Succession planning
Employer branding
Operations management
Supply chain management | Supply chain | SCM
Logistics
Procurement
Purchasing
Inventory management
Warehouse management
Demand planning
Production planning
Manufacturing
Lean manufacturing
Quality control | QC
Health and safety | HSE | EHS
Facilities management
Fleet management
Import and export | Import/export
Customs compliance
Business strategy
Strategic planning
Management consulting | Consulting
Entrepreneurship
Business planning
Business process modeling | BPMN
Business process improvement
P&L management | P&L
Contract management
Contract negotiation
Legal research
Legal writing
Litigation
Corporate law
Intellectual property | IP law
Paralegal
Data privacy
Healthcare
Clinical research
Clinical trials
Pharmacovigilance
Medical coding
Medical billing
Electronic health records | EHR | Electronic medical records
Epic Systems | Epic EHR
Patient care
Nursing
Pharmacy
Public health
Epidemiology
Biostatistics
Bioinformatics
Genomics
Molecular biology
Laboratory skills | Lab skills
Chemistry
Physics
Mathematics
Teaching
Curriculum development
Instructional design
E-learning
Real estate
Property management
Construction management
Civil engineering
Mechanical engineering
Electrical engineering
Chemical engineering
Structural engineering
Architecture design | Architectural design
Urban planning
Environmental science
Sustainability | ESG
Energy sector
Renewable energy
Hospitality
Retail
E-commerce | Ecommerce
Journalism
Translation
Interpretation
Social work
Counseling | Counselling
Event coordination
Administrative support | Office administration
Data entry
Scheduling
""")

group("Spoken languages", "language", """
English
Spanish
French
German
Italian
Portuguese
Dutch
Swedish
Norwegian
Danish
Finnish
Icelandic
=Polish
Czech
Slovak
Hungarian
Romanian
Bulgarian
Greek
Russian
Ukrainian
Serbian
Croatian
Slovenian
Lithuanian
Latvian
Estonian
Turkish
Arabic
Hebrew
Persian | Farsi
Hindi
Bengali | Bangla
Urdu
Punjabi
Tamil
Telugu
Marathi
Gujarati
Kannada
Malayalam
Mandarin Chinese | Mandarin | Chinese
Cantonese
Japanese
Korean
Vietnamese
Thai
Indonesian | Bahasa Indonesia
Malay | Bahasa Melayu
Tagalog | Filipino
Swahili
Amharic
Yoruba
Hausa
Zulu
Afrikaans
Catalan
Basque
Irish | Irish Gaelic
Welsh
Latin
American Sign Language | ASL
British Sign Language | BSL
""")

group("Certifications", "certification", """
AWS Certified Solutions Architect | AWS Solutions Architect
AWS Certified Developer
AWS Certified SysOps Administrator
AWS Certified DevOps Engineer
AWS Certified Cloud Practitioner
AWS Certified Machine Learning
AWS Certified Security Specialty
Microsoft Certified: Azure Fundamentals | AZ-900
Microsoft Certified: Azure Administrator | AZ-104
Microsoft Certified: Azure Solutions Architect | AZ-305
Microsoft Certified: Azure Developer | AZ-204
Google Cloud Professional Cloud Architect | Professional Cloud Architect
Google Cloud Professional Data Engineer | Professional Data Engineer
Google Cloud Associate Cloud Engineer | Associate Cloud Engineer
Certified Kubernetes Administrator | CKA
Certified Kubernetes Application Developer | CKAD
Certified Kubernetes Security Specialist | CKS
HashiCorp Certified Terraform Associate | Terraform Associate
Red Hat Certified Engineer | RHCE
Red Hat Certified System Administrator | RHCSA
Linux Professional Institute Certification | LPIC
CompTIA A+
CompTIA Network+
CompTIA Security+ | Security+
CompTIA Linux+
CompTIA Cloud+
CompTIA CySA+ | CySA+
CompTIA PenTest+
Cisco Certified Network Associate | CCNA
Cisco Certified Network Professional | CCNP
Cisco Certified Internetwork Expert | CCIE
Certified Information Systems Security Professional | CISSP
Certified Information Security Manager | CISM
Certified Information Systems Auditor | CISA
Certified Ethical Hacker | CEH
Offensive Security Certified Professional | OSCP
GIAC Security Essentials | GSEC
Certified Cloud Security Professional | CCSP
Project Management Professional | PMP
Certified Associate in Project Management | CAPM
PRINCE2 Practitioner
Certified ScrumMaster | CSM
Professional Scrum Master | PSM
Certified Scrum Product Owner | CSPO
Professional Scrum Product Owner | PSPO
PMI Agile Certified Practitioner | PMI-ACP
SAFe Agilist
ITIL Foundation | ITIL 4 Foundation
Lean Six Sigma Green Belt | Six Sigma Green Belt
Lean Six Sigma Black Belt | Six Sigma Black Belt
Certified Public Accountant | CPA
Chartered Accountant | ACA
Chartered Financial Analyst | CFA
Certified Management Accountant | CMA
Association of Chartered Certified Accountants | ACCA
Financial Risk Manager | FRM
Certified Financial Planner | CFP
Certified Internal Auditor | CIA certification
SHRM Certified Professional | SHRM-CP
SHRM Senior Certified Professional | SHRM-SCP
Professional in Human Resources | PHR
Senior Professional in Human Resources | SPHR
Oracle Certified Professional Java SE | OCPJP | Oracle Certified Java Programmer
Oracle Certified Associate | OCA
Salesforce Certified Administrator | Salesforce Administrator
Salesforce Certified Platform Developer | Salesforce Platform Developer
Google Analytics Certification | Google Analytics Individual Qualification | GAIQ
Google Ads Certification
HubSpot Inbound Marketing Certification
Tableau Desktop Specialist
Microsoft Certified: Power BI Data Analyst | PL-300
Databricks Certified Data Engineer
Snowflake SnowPro Core | SnowPro
TensorFlow Developer Certificate
Certified Supply Chain Professional | CSCP
Certified in Production and Inventory Management | CPIM
Registered Nurse | RN
Basic Life Support | BLS
Advanced Cardiovascular Life Support | ACLS
First Aid certification | First Aid
OSHA 30 | OSHA certification
Professional Engineer | PE license
LEED Accredited Professional | LEED AP
TOEFL
IELTS
""")


def main():
    rows, seen = [], {}
    for grp, (category, entries) in GROUPS.items():
        for line in entries:
            parts = [p.strip() for p in line.split("|") if p.strip()]
            name = parts[0]
            exact = name.startswith("=")
            name = name.lstrip("=")
            synonyms = parts[1:]
            key = name.lower()
            if key in seen:
                raise SystemExit(f"duplicate skill {name!r} in {grp} and {seen[key]}")
            seen[key] = grp
            rows.append((name, category, grp, "|".join(s for s in synonyms if s.lstrip("=").lower() != key), int(exact)))
    forms = {}
    for name, _, _, syns, _ in rows:
        for form in [name] + [s for s in syns.split("|") if s]:
            k = form.lstrip("=").lower()
            if k in forms and forms[k] != name:
                raise SystemExit(f"form {form!r} used by both {forms[k]!r} and {name!r}")
            forms[k] = name
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "skills.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "category", "group", "synonyms", "case_sensitive"])
        w.writerows(rows)
    print(f"{len(rows)} skills in {len(GROUPS)} groups")


if __name__ == "__main__":
    main()
