// Hand-written: capitals and security capitals that no time zone is named after.
// One line a city: alpha-2 <TAB> English name <TAB> French name (when it differs).

extension CityTable {
    static let handWritten = #"""
AE	Abu Dhabi	Abou Dhabi
AU	Canberra
BE	Antwerp	Anvers
BH	Manama
BR	Brasília
CA	Ottawa
CH	Bern	Berne
CH	Geneva	Genève
CM	Yaoundé
CN	Beijing	Pékin
DE	Wiesbaden
DE	Munich
DE	Frankfurt	Francfort
EC	Quito
ES	Barcelona	Barcelone
ES	Seville	Séville
ES	Algeciras	Algésiras
ES	Málaga
FR	Lyon
FR	Marseille
GB	Glasgow
GB	Edinburgh	Édimbourg
IN	New Delhi	New Delhi
IT	Milan
IT	Naples
KW	Kuwait City	Koweït
KZ	Astana
NG	Abuja
NL	The Hague	La Haye
NL	Rotterdam
PK	Islamabad
PT	Porto
QA	Doha
SA	Jeddah	Djeddah
SN	Thiès
TR	Ankara
TZ	Dodoma
US	Washington
VN	Hanoi
ZA	Pretoria
"""#
}
