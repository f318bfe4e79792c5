// Hand-written registry of international organisations, which no Debian package lists.
// One line an organisation: code <TAB> English name <TAB> French name <TAB> aliases (comma-separated).
// Codes are at least three letters or not ISO 3166 codes, so they never collide with a country.

enum OrganisationTable {
    static let rows = #"""
INTERPOL	INTERPOL	INTERPOL	International Criminal Police Organization, ICPO-INTERPOL, ICPO, Organisation internationale de police criminelle, OIPC-INTERPOL, OIPC
UN	United Nations	Organisation des Nations unies	UNO, Nations unies, ONU, UN Police, United Nations Police, Police des Nations unies
UNODC	United Nations Office on Drugs and Crime	Office des Nations unies contre la drogue et le crime	ONUDC
UNOCT	United Nations Office of Counter-Terrorism	Bureau de lutte contre le terrorisme des Nations unies	UN Counter-Terrorism Office
AIMC	Arab Interior Ministers' Council	Conseil des ministres arabes de l'Intérieur	Arab Interior Ministers Council, Council of Arab Interior Ministers, Council of Arab Ministers of the Interior, CMAI
NAUSS	Naif Arab University for Security Sciences	Université arabe Naif des sciences de sécurité	Nayef Arab University for Security Sciences, Naif Arab University, Nayef Arab University, Université arabe Nayef des sciences de sécurité, Université arabe Naif, Université arabe Nayef
WEF	World Economic Forum	Forum économique mondial	Davos Forum, FEM
WHO	World Health Organization	Organisation mondiale de la santé	World Health Organisation, OMS
EUROPOL	Europol	Europol	European Union Agency for Law Enforcement Cooperation, European Police Office, Office européen de police, Agence de l'Union européenne pour la coopération des services répressifs
AFRIPOL	AFRIPOL	AFRIPOL	African Union Mechanism for Police Cooperation, Mécanisme de coopération policière de l'Union africaine
EU	European Union	Union européenne	UE, European Commission, Commission européenne
AUC	African Union	Union africaine	AU Commission, African Union Commission, Commission de l'Union africaine
AMERIPOL	AMERIPOL	AMERIPOL	Police Community of the Americas
ASEANAPOL	ASEANAPOL	ASEANAPOL	ASEAN Chiefs of National Police
GCC	Gulf Cooperation Council	Conseil de coopération du Golfe	Cooperation Council for the Arab States of the Gulf, CCG
LAS	League of Arab States	Ligue des États arabes	Arab League, Ligue arabe
OIC	Organisation of Islamic Cooperation	Organisation de la coopération islamique	Organization of Islamic Cooperation, OCI
NATO	North Atlantic Treaty Organization	Organisation du traité de l'Atlantique nord	North Atlantic Treaty Organisation, OTAN
OSCE	Organization for Security and Co-operation in Europe	Organisation pour la sécurité et la coopération en Europe	Organisation for Security and Co-operation in Europe
GCTF	Global Counterterrorism Forum	Forum mondial de lutte contre le terrorisme	Global Counter-Terrorism Forum, GCTF
IOM	International Organization for Migration	Organisation internationale pour les migrations	OIM, International Organisation for Migration
FATF	Financial Action Task Force	Groupe d'action financière	GAFI
FRONTEX	Frontex	Frontex	European Border and Coast Guard Agency, Agence européenne de garde-frontières et de garde-côtes
CEPOL	CEPOL	CEPOL	European Union Agency for Law Enforcement Training, Agence de l'Union européenne pour la formation des services répressifs
CAF	Confederation of African Football	Confédération africaine de football	Confédération Africaine de Football, African Football Confederation
FIFA	FIFA	FIFA	Fédération Internationale de Football Association, International Federation of Association Football, Fédération internationale de football association
UEFA	UEFA	UEFA	Union of European Football Associations, Union des associations européennes de football
GCCPOL	GCCPOL	GCCPOL	GCC-POL, GCC Police, Gulf Police, Police of the Gulf Cooperation Council, Police du Conseil de coopération du Golfe, Police du Golfe
ECOWAS	Economic Community of West African States	Communauté économique des États de l'Afrique de l'Ouest	CEDEAO
EUROJUST	Eurojust	Eurojust	European Union Agency for Criminal Justice Cooperation, Agence de l'Union européenne pour la coopération judiciaire en matière pénale
UNICRI	United Nations Interregional Crime and Justice Research Institute	Institut interrégional de recherche des Nations unies sur la criminalité et la justice
IOC	International Olympic Committee	Comité international olympique	CIO
COE	Council of Europe	Conseil de l'Europe
WCO	World Customs Organization	Organisation mondiale des douanes	World Customs Organisation, OMD
IACP	International Association of Chiefs of Police	Association internationale des chefs de police
IMCTC	Islamic Military Counter Terrorism Coalition	Coalition islamique militaire contre le terrorisme	Islamic Military Counter-Terrorism Coalition
"""#
}
