// Hand-written: what iso-codes and CLDR do not carry. One line a country:
// alpha-2 <TAB> English demonyms <TAB> French demonyms (masculine singular; the other
// forms are derived, write 'turc/turque' for an irregular feminine) <TAB> more aliases.
// Lists are comma-separated; an empty field is fine.

extension CountryTable {
    static let handWrittenExtras = #"""
AD	Andorran	andorran
AE	Emirati	émirien, émirati	UAE, Emirates, the Emirates, EAU, Émirats
AF	Afghan	afghan
AG	Antiguan	antiguais
AI	Anguillan	anguillais
AL	Albanian	albanais
AM	Armenian	arménien
AO	Angolan	angolais
AQ
AR	Argentine, Argentinian	argentin
AS	American Samoan
AT	Austrian	autrichien
AU	Australian	australien
AW	Aruban	arubais
AX	Ålander
AZ	Azerbaijani	azerbaïdjanais
BA	Bosnian	bosnien	Bosnia-Herzegovina
BB	Barbadian	barbadien
BD	Bangladeshi	bangladais
BE	Belgian	belge
BF	Burkinabe, Burkinabè	burkinabé
BG	Bulgarian	bulgare
BH	Bahraini	bahreïnien, bahreïni
BI	Burundian	burundais
BJ	Beninese	béninois
BL
BM	Bermudian	bermudien
BN	Bruneian	brunéien
BO	Bolivian	bolivien
BQ
BR	Brazilian	brésilien
BS	Bahamian	bahaméen	The Bahamas
BT	Bhutanese	bhoutanais
BV
BW	Motswana, Batswana	botswanais
BY	Belarusian	biélorusse	Belarus
BZ	Belizean	bélizien
CA	Canadian	canadien
CC
CD	Congolese	congolais	DRC, DR Congo, RDC, RD Congo, Congo-Kinshasa
CF	Central African	centrafricain	CAR
CG	Congolese	congolais	Congo-Brazzaville, Republic of Congo, Congo
CH	Swiss	suisse	Switzerland
CI	Ivorian	ivoirien	Ivory Coast, Cote d'Ivoire
CK	Cook Islander
CL	Chilean	chilien
CM	Cameroonian	camerounais
CN	Chinese	chinois	PRC, People's Republic of China, République populaire de Chine
CO	Colombian	colombien
CR	Costa Rican	costaricien
CU	Cuban	cubain
CV	Cape Verdean	cap-verdien	Cape Verde
CW	Curaçaoan
CX
CY	Cypriot	chypriote
CZ	Czech	tchèque
DE	German	allemand	Federal Republic of Germany
DJ	Djiboutian	djiboutien
DK	Danish, Dane	danois
DM	Dominican (Dominica)
DO	Dominican	dominicain
DZ	Algerian	algérien
EC	Ecuadorian	équatorien
EE	Estonian	estonien
EG	Egyptian	égyptien
EH	Sahrawi
ER	Eritrean	érythréen
ES	Spanish, Spaniard	espagnol	Kingdom of Spain, Royaume d'Espagne
ET	Ethiopian	éthiopien
FI	Finnish, Finn	finlandais
FJ	Fijian	fidjien
FK	Falkland Islander
FM	Micronesian	micronésien
FO	Faroese	féroïen
FR	French	français	French Republic, République française
GA	Gabonese	gabonais
GB	British, Briton	britannique	Britain, Great Britain, U.K., Grande-Bretagne
GD	Grenadian	grenadien
GE	Georgian	géorgien
GF	French Guianese	guyanais
GG	Guernsey
GH	Ghanaian	ghanéen
GI	Gibraltarian
GL	Greenlandic, Greenlander	groenlandais
GM	Gambian	gambien	The Gambia
GN	Guinean	guinéen	Guinea-Conakry
GP	Guadeloupean
GQ	Equatorial Guinean, Equatoguinean	équato-guinéen
GR	Greek, Hellenic	grec/grecque, hellénique
GS
GT	Guatemalan	guatémaltèque
GU	Guamanian
GW	Bissau-Guinean	bissau-guinéen
GY	Guyanese	guyanien
HK	Hongkonger	hongkongais	Hong Kong SAR, Hong-Kong
HM
HN	Honduran	hondurien
HR	Croatian, Croat	croate
HT	Haitian	haïtien
HU	Hungarian	hongrois
ID	Indonesian	indonésien
IE	Irish	irlandais
IL	Israeli	israélien
IM	Manx
IN	Indian	indien
IO
IQ	Iraqi	irakien
IR	Iranian	iranien
IS	Icelandic, Icelander	islandais
IT	Italian	italien
JE	Jersey
JM	Jamaican	jamaïcain
JO	Jordanian	jordanien
JP	Japanese	japonais
KE	Kenyan	kényan
KG	Kyrgyz	kirghize
KH	Cambodian	cambodgien
KI	I-Kiribati
KM	Comoran, Comorian	comorien
KN	Kittitian
KP	North Korean	nord-coréen	DPRK
KR	Korean, South Korean	sud-coréen, coréen	Korea, Corée
KW	Kuwaiti	koweïtien
KY	Caymanian
KZ	Kazakh, Kazakhstani	kazakh
LA	Lao, Laotian	laotien
LB	Lebanese	libanais
LC	Saint Lucian	saint-lucien
LI	Liechtensteiner	liechtensteinois
LK	Sri Lankan	sri-lankais
LR	Liberian	libérien
LS	Basotho	lesothan
LT	Lithuanian	lituanien
LU	Luxembourgish, Luxembourger	luxembourgeois
LV	Latvian	letton/lettonne
LY	Libyan	libyen
MA	Moroccan	marocain
MC	Monegasque	monégasque
MD	Moldovan	moldave
ME	Montenegrin	monténégrin
MF
MG	Malagasy	malgache
MH	Marshallese
MK	Macedonian, North Macedonian	macédonien
ML	Malian	malien
MM	Burmese	birman	Burma
MN	Mongolian	mongol
MO	Macanese	macanais
MP
MQ	Martinican	martiniquais
MR	Mauritanian	mauritanien	Islamic Republic of Mauritania
MS	Montserratian
MT	Maltese	maltais
MU	Mauritian	mauricien
MV	Maldivian	maldivien
MW	Malawian	malawite
MX	Mexican	mexicain
MY	Malaysian	malaisien, malaysien
MZ	Mozambican	mozambicain
NA	Namibian	namibien
NC	New Caledonian	néo-calédonien
NE	Nigerien	nigérien
NF
NG	Nigerian	nigérian
NI	Nicaraguan	nicaraguayen
NL	Dutch	néerlandais	Holland, the Netherlands
NO	Norwegian	norvégien
NP	Nepalese, Nepali	népalais
NR	Nauruan
NU	Niuean
NZ	New Zealander	néo-zélandais
OM	Omani	omanais
PA	Panamanian	panaméen
PE	Peruvian	péruvien
PF	French Polynesian	polynésien
PG	Papua New Guinean	papouan-néo-guinéen
PH	Filipino	philippin
PK	Pakistani	pakistanais
PL	Polish, Pole	polonais
PM
PN	Pitcairn Islander
PR	Puerto Rican	portoricain
PS	Palestinian	palestinien
PT	Portuguese	portugais
PW	Palauan
PY	Paraguayan	paraguayen
QA	Qatari	qatari
RE	Réunionese	réunionnais
RO	Romanian	roumain
RS	Serbian, Serb	serbe
RU	Russian	russe	Russia
RW	Rwandan	rwandais
SA	Saudi	saoudien	KSA, Kingdom of Saudi Arabia
SB	Solomon Islander
SC	Seychellois	seychellois
SD	Sudanese	soudanais
SE	Swedish, Swede	suédois
SG	Singaporean	singapourien
SH	Saint Helenian
SI	Slovenian, Slovene	slovène
SJ
SK	Slovak	slovaque
SL	Sierra Leonean	sierra-léonais
SM	Sammarinese	saint-marinais
SN	Senegalese	sénégalais
SO	Somali	somalien
SR	Surinamese	surinamais
SS	South Sudanese	sud-soudanais
ST	Santomean	santoméen
SV	Salvadoran	salvadorien
SX
SY	Syrian	syrien
SZ	Swazi	swazi	Swaziland
TC
TD	Chadian	tchadien
TF
TG	Togolese	togolais
TH	Thai	thaïlandais
TJ	Tajik	tadjik
TK	Tokelauan
TL	Timorese	timorais	East Timor
TM	Turkmen	turkmène
TN	Tunisian	tunisien
TO	Tongan	tongien
TR	Turkish	turc/turque	Turkey, Türkiye, Turkiye
TT	Trinidadian	trinidadien
TV	Tuvaluan
TW	Taiwanese	taïwanais
TZ	Tanzanian	tanzanien
UA	Ukrainian	ukrainien
UG	Ugandan	ougandais
UM
US	American	américain	U.S., USA, U.S.A., United States, America, Etats-Unis
UY	Uruguayan	uruguayen
UZ	Uzbek	ouzbek
VA	Vatican	vatican	Holy See, Vatican City, Saint-Siège
VC	Vincentian
VE	Venezuelan	vénézuélien
VG
VI
VN	Vietnamese	vietnamien
VU	Ni-Vanuatu	vanuatais
WF
WS	Samoan	samoan
YE	Yemeni	yéménite
YT	Mahoran
ZA	South African	sud-africain
ZM	Zambian	zambien
ZW	Zimbabwean	zimbabwéen
"""#

    /// Agencies and bodies whose name implies a country: agency <TAB> alpha-2.
    static let handWrittenAgencies = #"""
BKA	DE
Bundeskriminalamt	DE
Federal Criminal Police Office	DE
Bundespolizei	DE
German Federal Police	DE
Joint Counter-Terrorism Center	DE
National Crime Agency	GB
NCA	GB
Metropolitan Police	GB
Scotland Yard	GB
MI5	GB
Guardia Civil	ES
Civil Guard	ES
National Police	ES
Policía Nacional	ES
Spanish National Police	ES
CITCO	ES
Centro Nacional de Inteligencia	ES
DGSI	FR
DGSE	FR
Police nationale	FR
Gendarmerie nationale	FR
Carabinieri	IT
Polizia di Stato	IT
FBI	US
Federal Bureau of Investigation	US
DEA	US
Drug Enforcement Administration	US
Department of Homeland Security	US
Royal Canadian Mounted Police	CA
RCMP	CA
Police judiciaire fédérale	BE
Belgian Federal Police	BE
Police fédérale belge	BE
fedpol	CH
Swedish Police Authority	SE
Polícia Judiciária	PT
Royal Malaysia Police	MY
Dubai Police	AE
Police de Dubaï	AE
Abu Dhabi Police	AE
Police d'Abou Dhabi	AE
Lekhwiya	QA
Royal Bahamas Police	BS
Ethiopian Federal Police	ET
Saif Bin Zayed Academy	AE
Emniyet	TR
"""#
}
