# Writes Bot.Tests/Privacy/Corpus/adversarial-corpus.jsonl: invented texts, no real people.
import json, random
random.seed(15)

def bsn():
    while True:
        d=[random.randint(0,9) for _ in range(8)]
        if d[0]==0: continue
        s=sum((9-i)*d[i] for i in range(8))
        c=s%11
        if c<=9:
            return ''.join(map(str,d+[c]))

def iban(bank):
    acct=''.join(str(random.randint(0,9)) for _ in range(10))
    bban=bank+acct
    num=''.join(str(int(ch,36)) for ch in bban+'NL00')
    ck=98-int(num)%97
    return f'NL{ck:02d}{bban}'

def mobile():
    return '06'+str(random.choice([1,2,3,4,5]))+''.join(str(random.randint(0,9)) for _ in range(7))

W=['nul','een','twee','drie','vier','vijf','zes','zeven','acht','negen']
def words(digits): return ' '.join(W[int(c)] for c in digits)

rows=[]
def add(i,t,kinds): rows.append({'id':i,'text':t,'kinds':kinds})

# --- BSN ---
b=[bsn() for _ in range(30)]
add('bsn-mixed-1', f'Het BSN van meneer is {b[0][:3]}.{b[0][3:6]}-{b[0][6:]}, graag checken in Suwinet.', ['Bsn'])
add('bsn-mixed-2', f'Ik noteerde {b[1][:2]}-{b[1][2:5]}.{b[1][5:7]} {b[1][7:]} op het intakeformulier.', ['Bsn'])
add('bsn-mixed-3', f'Nummer van de partner: {b[2][:4]} {b[2][4:6]}-{b[2][6:]} (stond op de brief van de SVB).', ['Bsn'])
add('bsn-zw-1', f'Casus: klant gaf {b[3][:3]}\u200b{b[3][3:6]}\u200b{b[3][6:]} door, hij wacht op zijn toeslag.', ['Bsn'])
add('bsn-zw-2', f'Controleer even {"".join(c+chr(0x200c) for c in b[4])} graag, de aanvraag hangt.', ['Bsn'])
add('bsn-zw-3', f'bsn\u00a0{b[5][:3]}\u2060{b[5][3:6]}\u2060{b[5][6:]} hoort bij de jongste zoon', ['Bsn'])
add('bsn-zw-4', f'Het gaat om {b[6][:5]}\ufeff{b[6][5:]}; de beslissing is nog niet verstuurd.', ['Bsn'])
add('bsn-newline-1', f'Klant belde over de terugvordering. Zijn nummer is {b[7][:5]}\n{b[7][5:]} en hij wil een regeling.', ['Bsn'])
add('bsn-newline-2', f'Even doorgeven:\n{b[8][:3]}\n{b[8][3:6]}\n{b[8][6:]}\nDit is de partner.', ['Bsn'])
add('bsn-newline-3', f'Gegevens voor de aanvraag {b[9][:4]} -\n{b[9][4:]} (deels op de tweede regel gezet).', ['Bsn'])
add('bsn-slash-1', f'Zoek {b[10][:3]}/{b[10][3:6]}/{b[10][6:]} op, daar staat de Wajong-beschikking onder.', ['Bsn'])
add('bsn-slash-2', f'Opgegeven: {b[11][:2]}/{b[11][2:5]}/{b[11][5:]}. Klant twijfelt of het klopt.', ['Bsn'])
add('bsn-slash-3', f'Nummer {b[12][:4]} / {b[12][4:6]} / {b[12][6:]} ingevoerd in het systeem.', ['Bsn'])
add('bsn-words-1', f'BSN begint met {b[13][:5]} en dan {words(b[13][5:])}.', ['Bsn'])
add('bsn-words-2', f'Ze zei haar nummer hardop: {words(b[14])}.', ['Bsn'])
add('bsn-words-3', f'Het burgerservicenummer is {words(b[15][:3])} {b[15][3:]}, heb ik opgeschreven.', ['Bsn'])
add('bsn-words-4', f'Klant spelde {b[16][:3]} {words(b[16][3:6])} {b[16][6:]} als zijn nummer, dat moet nog worden nagekeken.', ['Bsn'])
add('bsn-words-5', f'Zijn sofinummer: {words(b[17][:4])}-{b[17][4:]}.', ['Bsn'])
add('bsn-irregular-1', f'Wil je {b[18][:1]} {b[18][1:4]} {b[18][4:5]} {b[18][5:]} checken? Klant heeft geen DigiD.', ['Bsn'])
add('bsn-irregular-2', f'Voor de schuldhulp: {" ".join(b[19])}', ['Bsn'])
add('bsn-irregular-3', f'{b[20][:2]} {b[20][2:4]} {b[20][4:6]} {b[20][6:]} is het nummer van de moeder, zij is mantelzorger.', ['Bsn'])
add('bsn-fullwidth', f'Nummer ' + ''.join(chr(0xFF10+int(c)) for c in b[21]) + ' kwam uit een gescande brief.', ['Bsn'])
add('bsn-nbsp', f'Het BSN\u00a0is\u00a0{b[22][:3]}\u00a0{b[22][3:6]}\u00a0{b[22][6:]}.', ['Bsn'])
add('bsn-dash-mix', f'Graag {b[23][:3]}–{b[23][3:6]}—{b[23][6:]} doorgeven aan het wijkteam.', ['Bsn'])
add('bsn-mixed-4', f'Ik heb {b[24][:3]} . {b[24][3:6]} . {b[24][6:]} gevonden in het oude dossier.', ['Bsn'])
add('bsn-words-6', f'Nummer: {words(b[25][:2])}, {b[25][2:5]}, {words(b[25][5:])}', ['Bsn'])

# --- IBAN ---
for n,bank in enumerate(['ABNA','INGB','RABO','SNSB','TRIO','ASNB','KNAB','BUNQ','RBRB','INGB','RABO','ABNA']):
    ib=iban(bank)
    forms=[
      f'Storten op {ib[:2]} {ib[2:4]}{ib[4:8]} {ib[8:11]} {ib[11:15]} {ib[15:]} graag, de klant heeft geen andere rekening.',
      f'Rekening: {ib[:6]} {ib[6:9]} {ib[9:14]}  {ib[14:]} staat op naam van haar broer.',
      f'Bijzondere bijstand naar {ib[:4]}  {ib[4:8]}  {ib[8:12]}  {ib[12:16]}  {ib[16:]} overmaken.',
      f'IBAN {ib[:2]}{ib[2:4]} {ib[4:6]} {ib[6:8]} {ib[8:10]} {ib[10:12]} {ib[12:14]} {ib[14:16]} {ib[16:]} (zo stond het op het briefje).',
      f'Het rekeningnummer is {ib.lower()[:3]} {ib.lower()[3:10]} {ib.lower()[10:]}.',
      f'De huur wordt betaald vanaf {ib[:8]}.{ib[8:12]}.{ib[12:]} zegt de verhuurder.',
      f'Klant gaf {ib[:5]}-{ib[5:10]}-{ib[10:]} op voor de uitbetaling.',
      f'Rek. nr. {" ".join(ib[i:i+3] for i in range(0,18,3))} graag wijzigen in het systeem.',
      f'Rekeningnummer\n{ib[:8]}\n{ib[8:]}\nis van de bewindvoerder.',
      f'Ze heeft twee rekeningen, de tweede is {ib[:4]}\u200b{ib[4:]}.',
      f'Overmaken naar {ib[:2]} {ib[2:]} voor vrijdag.',
      f'Betaling teruggestort op {ib[:10]} {ib[10:]}, bedrag onbekend.',
    ]
    add(f'iban-irregular-{n+1}', forms[n], ['Iban'])

# --- Phone ---
m=[mobile() for _ in range(20)]
add('phone-digit-by-digit-1', f'Bel haar op {" ".join(m[0])}, ze neemt meestal niet op.', ['Phone'])
add('phone-digit-by-digit-2', f'Nummer: {"-".join(m[1])}', ['Phone'])
add('phone-words-1', f'Zijn nummer is nul zes {words(m[2][2:])}.', ['Phone'])
add('phone-words-2', f'Ze is bereikbaar op {words(m[3][:4])} {m[3][4:]}.', ['Phone'])
add('phone-words-3', f'Telefoon: nul zes, {m[4][2:6]} {words(m[4][6:])}', ['Phone'])
add('phone-pairs-words', f'Bel nul zes twaalf vierendertig zesenvijftig achtenzeventig, dat is de zus.', ['Phone'])
add('phone-irregular-1', f'Mobiel {m[5][:3]} {m[5][3:4]} {m[5][4:7]} {m[5][7:]} werkt alleen na vijven.', ['Phone'])
add('phone-irregular-2', f'Het nummer {m[6][:2]}/{m[6][2:6]}.{m[6][6:]} staat in het dossier.', ['Phone'])
add('phone-newline', f'Terugbellen op {m[7][:6]}\n{m[7][6:]} graag.', ['Phone'])
add('phone-zw', f'App hem even: {m[8][:2]}\u200b{m[8][2:]}', ['Phone'])
add('phone-landline-words', f'Vaste lijn: nul {words("20")} {"123"} {"45 67"}.', ['Phone'])
add('phone-landline-irregular', 'Thuisnummer 0 7 0 - 3 4 5 6 7 8 9, daar is ze overdag.', ['Phone'])
add('phone-intl-spaces', f'Zijn Belgische vriendin belt vanaf + 31 6 {m[9][2:5]} {m[9][5:]} zegt hij.', ['Phone'])
add('phone-0031', f'Nummer 00 31 6 {m[10][2:6]} {m[10][6:]} is van de broer in Duitsland.', ['Phone'])
add('phone-fullwidth', 'Bel ' + ''.join(chr(0xFF10+int(c)) for c in m[11]) + ' na de lunch.', ['Phone'])
add('phone-words-mixed', f'06 {words(m[12][2:5])} {m[12][5:]} is haar nieuwe nummer.', ['Phone'])
add('phone-dots-each', f'Zijn 06: {".".join(m[13])}', ['Phone'])
add('phone-words-full', f'Het nummer van de dochter is {words(m[14])}.', ['Phone'])

# --- Email obfuscated ---
em=[('s.voorbeeld','voorbeeld','nl'),('k.testpersoon','mailprovider','com'),('jansen1980','ziggo','nl'),('piet.puk','hotmail','com'),
    ('mvdb','kpnmail','nl'),('famtest','gmail','com'),('r.proef','live','nl'),('test.klant','outlook','com'),('aap.noot','planet','nl'),('x.y.z','icloud','com')]
add('email-punt-at-1', 's punt voorbeeld at voorbeeld punt nl is haar mailadres.', ['Email'])
add('email-brackets-1', 'Mail naar k.testpersoon [at] mailprovider [dot] com voor de stukken.', ['Email'])
add('email-brackets-2', 'Zijn adres: jansen1980(at)ziggo(dot)nl', ['Email'])
add('email-spaces-1', 'Stuur het naar piet . puk @ hotmail . com, dan leest hij het.', ['Email'])
add('email-spaces-2', 'mailen kan via mvdb @ kpnmail.nl', ['Email'])
add('email-apenstaartje', 'famtest apenstaartje gmail punt com is het gezinsadres.', ['Email'])
add('email-at-punt', 'r punt proef at live punt nl gebruikt ze voor de gemeente.', ['Email'])
add('email-dot-words', 'Het mailadres is test dot klant at outlook dot com', ['Email'])
add('email-brackets-3', 'aap.noot[at]planet[punt]nl, zo schreef hij het op.', ['Email'])
add('email-curly', 'Contact: x.y.z{at}icloud{dot}com', ['Email'])
add('email-mixed', 'Mail: ronald.test @gmail .com voor de afspraak.', ['Email'])
add('email-a-paren', 'Haar mail is fam.proef(a)ziggo.nl', ['Email'])
add('email-zw', 'Adres: voorbeeld\u200b@\u200bexample\u200b.\u200bnl', ['Email'])
add('email-fullwidth-at', 'stuur naar j.proef\uff20voorbeeld.nl aub', ['Email'])
add('email-spaced-punt', 'Ze mailt vanaf sanne punt test apenstaartje hotmail punt nl.', ['Email'])
add('email-angle', 'Adres: proef<at>outlook<dot>com', ['Email'])
add('email-spaces-3', 'Het is j.jansen @ voorbeeld . nl met een puntje ertussen.', ['Email'])
add('email-newline-at', 'mail\nfamilie.test @ gmail.com', ['Email'])

# --- Postcode + house number any order/case ---
add('postcode-lower-space', 'Ze woont op 1234 ab 12 sinds vorig jaar.', ['PostcodeHouseNumber'])
add('postcode-number-first', 'Huisnummer 12, postcode 1234 AB; de brief kwam daar niet aan.', ['PostcodeHouseNumber'])
add('postcode-number-first-2', 'Nummer 7 en postcode 3512xx, daar zit de woning van de broer.'.replace('xx','ab'), ['PostcodeHouseNumber'])
add('postcode-mixed-case', 'Adresgegevens: 5611 Ab 3, tweede verdieping.', ['PostcodeHouseNumber'])
add('postcode-comma-number', '12, 9712 CD, dat is het adres van de opvang waar hij slaapt.', ['PostcodeHouseNumber'])
add('postcode-after-label', '1011 AB, huisnummer 45, daar staat hij ingeschreven.', ['PostcodeHouseNumber'])
add('postcode-lower-nospace-nr', 'woont 2511cv 10 met haar moeder', ['PostcodeHouseNumber'])
add('postcode-upper-lower', 'pc 3011 bA nr 8 is het briefadres.', ['PostcodeHouseNumber'])
add('postcode-hnr', 'Postcode 6811 KL met hnr 22, graag de post daarheen.', ['PostcodeHouseNumber'])
add('postcode-zw', 'Adres: 7511\u200bJK 14.', ['PostcodeHouseNumber'])
add('postcode-newline', 'Woonadres\n8011 AA\nhuisnummer 3', ['PostcodeHouseNumber'])
add('postcode-nummer-before', 'nr. 19, 4811 ZZ is waar de kinderen wonen.', ['PostcodeHouseNumber'])
add('postcode-lower-label', 'postcode 2311 ez, daar woont hij nu.', ['PostcodeHouseNumber'])
add('postcode-and-number-words', 'Haar postcode is 1234 AB en het huisnummer twaalf.', ['PostcodeHouseNumber'])

# --- Street without a street word ---
add('street-woont-1', 'Klant woont Achterom 3, boven de snackbar.', ['StreetAddress'])
add('street-woont-2', 'Ze woont aan de Lange Voorhout 12 sinds haar scheiding.', ['StreetAddress'])
add('street-adres-1', 'Adres: Nieuwe Binnenweg 150b, tweede bel.', ['StreetAddress'])
add('street-prefixed-1', 'De woning aan de Oude Rijn 14 is te klein voor het gezin.', ['StreetAddress'])
add('street-prefixed-2', 'Hij zit nu op Korte Poten 7 in een kamer.', ['StreetAddress'])
add('street-nummer-in-de-1', 'Hij woont op nummer 14 in de Vlierhof, vlak bij het station.', ['StreetAddress'])
add('street-nummer-in-de-2', 'Zij heeft een flat, nummer 221 in de Bijlmerdreef.', ['StreetAddress'])
add('street-nummer-aan-het', 'Ze huurt een kamer op nr. 3 aan het Spui.', ['StreetAddress'])
add('street-woont-3', 'Mijn klant woont nu Molenpad 9 bij een vriend in.', ['StreetAddress'])
add('street-verhuisd', 'Ze is verhuisd naar Hooigracht 20.', ['StreetAddress'])
add('street-multiword-1', 'Zijn adres is Burgemeester de Withstraat 5 maar post komt daar niet aan.', ['StreetAddress'])
add('street-ingeschreven', 'Hij staat ingeschreven op Zuidwal 18a bij zijn tante.', ['StreetAddress'])
add('street-sint', 'Bezoek bij hem thuis op Sint Jacobsstraat 4, samen met het wijkteam.', ['StreetAddress'])
add('street-woonadres', 'woonadres: Hoogstraat 33, maar hij verblijft vaak elders.', ['StreetAddress'])
add('street-nummer-in-de-lower', 'ze woont op nummer 8 in de kastanjelaan', ['StreetAddress'])
add('street-number-word', 'Ze woont aan de Kerkstraat twaalf, naast de bakker.', ['StreetAddress'])

# --- Date of birth in words ---
add('dob-words-1', 'Klant is geboren op twaalf maart negentienhonderdzevenentachtig.', ['DateOfBirth'])
add('dob-words-2', 'Geboren drieëntwintig juni negentien vierennegentig, alleenstaand.', ['DateOfBirth'])
add('dob-words-3', 'Zijn geboortedatum is de vijfde van mei, negentien tachtig.'.replace('de vijfde van mei','vijf mei'), ['DateOfBirth'])
add('dob-words-4', 'Geboortedatum: eenendertig december tweeduizend twee.', ['DateOfBirth'])
add('dob-words-5', 'Ze is geboren op de eerste april negentien zevenenzestig, dus geen grapje.', ['DateOfBirth'])
add('dob-words-6', 'Geb. datum: negen november achtenzeventig', ['DateOfBirth'])
add('dob-words-7', 'Geboren: 14 februari negentienhonderdnegentig.', ['DateOfBirth'])
add('dob-words-8', 'Zoon is geboren op achtentwintig augustus tweeduizendtien.', ['DateOfBirth'])
add('dob-words-9', 'Klant werd geboren op zeventien-drie-negenentachtig volgens de intake.', ['DateOfBirth'])
add('dob-words-10', 'Geboortedatum twintigste juli negentien zesenvijftig.', ['DateOfBirth'])
add('dob-words-11', 'Mevrouw haar geboortedatum: drie oktober \'85.', ['DateOfBirth'])
add('dob-words-12', 'geboren op tweeëntwintig januari tweeduizend vijf', ['DateOfBirth'])

# --- Names ---
add('name-initials-1', 'Gesprek met J. de Vries over de re-integratie, hij wil wel maar kan niet.', ['PersonName'])
add('name-initials-2', 'A.B. Bakker belde namens haar moeder.', ['PersonName'])
add('name-initials-3', 'Voor M.J. van den Heuvel is een nieuwe beschikking nodig.', ['PersonName'])
add('name-initials-4', 'Afspraak met K. Ouali gemist, tweede keer deze maand.', ['PersonName'])
add('name-initials-5', 'Brief gestuurd aan R.F.M. Smits over de terugvordering.', ['PersonName'])
add('name-initials-6', 'Klant (H. Yilmaz) wil een voorschot.', ['PersonName'])
add('name-first-last-1', 'Ik sprak vandaag met Sanne de Boer over haar schulden.', ['PersonName'])
add('name-first-last-2', 'Mohamed El Amrani kwam niet opdagen bij de werkgever.', ['PersonName'])
add('name-first-last-3', 'De casus gaat over Petra Visser, zij heeft drie kinderen.', ['PersonName'])
add('name-first-last-4', 'Volgens Kevin Hendriks klopt de beslissing niet.', ['PersonName'])
add('name-first-last-5', 'Wie kent Fatima Bouzid? Ze zegt dat ze al eerder hier was.', ['PersonName'])
add('name-first-last-6', 'Ik heb Joost van der Linden doorverwezen naar het wijkteam.', ['PersonName'])
add('name-first-last-7', 'Gisteren was Emine Kaya er met haar dochter.', ['PersonName'])
add('name-first-last-8', 'Het gaat om Lisa Mulder, 34 jaar, alleenstaand.', ['PersonName'])
add('name-first-last-9', 'Bij de intake zat Thijs Meijer erbij als tolk voor zijn vader.', ['PersonName'])
add('name-first-last-10', 'Ik belde met Anouk Peters, zij was boos over de korting.', ['PersonName'])
add('name-first-last-11', 'Hoe pak ik het aan met Ahmed Bakkali? Hij reageert niet.', ['PersonName'])
add('name-first-last-12', 'Mijn klant is Roos Jacobs, ze werkt 12 uur per week.', ['PersonName'])
add('name-first-last-13', 'Ook Mark Dekker heeft een afspraak gemist.', ['PersonName'])
add('name-first-last-14', 'Casus: Daan Verbeek (27) is gestopt met zijn opleiding.', ['PersonName'])
add('name-first-last-15', 'Sara Ait Lahcen heeft een huurachterstand.', ['PersonName'])
add('name-first-last-16', 'Hij noemde zijn broer Youssef Amrani als contactpersoon.', ['PersonName'])
add('name-initials-zw', 'Gesprek met J.\u200bJansen afgerond.', ['PersonName'])

# --- Kenteken ---
plates=[('sidecode-1','GF-12-34'),('sidecode-2','12-34-HJ'),('sidecode-3','34-KL-56'),('sidecode-4','PR-12-ST'),('sidecode-5','VB-XT-12'),
        ('sidecode-6','99-ZZ-RT'),('sidecode-7','12-KLG-3'),('sidecode-8','4-TFB-56'),('sidecode-9','ZK-123-B'),('sidecode-10','G-456-JK'),
        ('sidecode-11','KRN-12-T'),('sidecode-12','T-12-KZP'),('sidecode-13','5-TX-123'),('sidecode-14','123-TX-5')]
tmpl=['Klant rijdt in een auto met kenteken {p}, terwijl hij bijstand heeft.','De auto {p} staat op naam van zijn vader.',
      'Handhaving zag {p} elke dag bij het huis van de ex.','Kenteken {p} is van de bestelbus waarmee hij zwart werkt.',
      'Ze heeft een scooter, {p}, maar geen rijbewijs.','Buurman meldde dat {p} er elke nacht staat.',
      'Onderzoek naar {p}: de auto is vorig jaar verkocht.','De politie controleerde {p} tijdens de actie.',
      'Auto met nummerbord {p} gezien bij het werkplein.','Hij parkeert {p} altijd om de hoek.',
      'Volgens de RDW hoort {p} bij een leaseauto.','{p} is de auto van de nieuwe partner.',
      'Het kenteken is {p}, heb ik op de foto gezien.','Er staat een camper {p} bij de woning.']
for n,(sc,p) in enumerate(plates):
    add(f'kenteken-{sc}', tmpl[n].format(p=p), ['LicencePlate'])
add('kenteken-lower-label', 'Kenteken: gf1234 van de auto die hij leent.', ['LicencePlate'])
add('kenteken-spaces-label', 'Het kenteken van zijn auto is 12 KLG 3.', ['LicencePlate'])
add('kenteken-nosep-label', 'nummerbord 4TFB56 gefotografeerd door de buren', ['LicencePlate'])

# --- V-nummer ---
add('vnummer-1', 'Het V-nummer van mevrouw is 2345678901, zij heeft een verblijfsvergunning asiel.', ['VNumber'])
add('vnummer-2', 'V-nr. 12 34 56 78 90 graag doorgeven aan de IND.', ['VNumber'])
add('vnummer-3', 'Vreemdelingennummer: 3012345678 (stond op de W-document kopie).', ['VNumber'])
add('vnummer-4', 'vnummer 4567890123 hoort bij de jongste zoon', ['VNumber'])
add('vnummer-5', 'Zijn vreemdelingennr is 2.345.678.901, klopt dat?', ['VNumber'])
add('vnummer-6', 'IND-nummer 5678901234 bij de aanvraag voegen.', ['VNumber'])
add('vnummer-7', 'V nummer van de klant: 1 2 3 4 5 6 7 8 9 0.', ['VNumber'])
add('vnummer-8', 'Het v-nummer is twee drie vier vijf zes zeven acht negen nul een.', ['VNumber'])
add('vnummer-9', 'V-nummer\n6789012345\n(statushouder, sinds maart in de gemeente)', ['VNumber'])
add('vnummer-10', 'Het vreemdelingen-nummer van haar man is 3456\u200b789012.', ['VNumber'])
add('vnummer-11', 'IND nr: 7890-123-456, aanvraag gezinshereniging loopt.', ['VNumber'])
add('vnummer-12', 'De V-nummer van de dochter is 9012345678.', ['VNumber'])

# --- combinations ---
add('combo-1', f'Sanne de Boer, geboren op twaalf mei negentien negentig, BSN {b[26][:3]}/{b[26][3:6]}/{b[26][6:]}.', ['PersonName','DateOfBirth','Bsn'])
add('combo-2', f'Klant woont Achterom 12, bel {" ".join(m[15])}.', ['StreetAddress','Phone'])
add('combo-3', f'Mail j punt proef at voorbeeld punt nl of bel nul zes {words(m[16][2:])}.', ['Email','Phone'])
add('combo-4', 'V-nummer 2345678901 en kenteken 12-KLG-3 staan in het dossier.', ['VNumber','LicencePlate'])

# --- clean texts ---
clean=[
 'Mijn klant heeft een huurachterstand van € 1.250 en een schuld bij de zorgverzekeraar van 450 euro.',
 'Afspraak op 12-03-2025 om 14.30 uur bij het Werkplein, tweede verdieping.',
 'Volgens artikel 18 lid 4 Participatiewet mag ik de uitkering verlagen met 20% voor een maand.',
 'Bel de Belastingdienst op 0800-0543 voor vragen over toeslagen.',
 'De schuldhulplijn 0800-8115 is gratis en anoniem.',
 'Bij acute nood bel je 112, bij gedachten over zelfdoding 113 of 0800-0113.',
 'Het algemene nummer van de gemeente is 14 020, daar kan de klant terecht.',
 'De Kindertelefoon is bereikbaar op 0800 0432.',
 'Het Juridisch Loket (0900-8020) helpt bij vragen over de huur.',
 'Korting van 100% gedurende 3 maanden, daarna 50% voor 6 maanden.',
 'De klant verdient 1.850,- netto per maand en betaalt 725 euro huur.',
 'Van 09.00 tot 12.30 zit ik op het Werkplein, daarna van 13.30 - 17.00 thuis.',
 'Het formulier (versie 2.3.1) staat op het intranet onder Formulieren > Bijstand.',
 'We hadden 3 gesprekken in 2 weken, telkens 45 minuten.',
 'De aanvraag is op 3 januari ingediend en op 17 februari toegekend.',
 'Uitstroom naar werk steeg van 12,5% naar 14,1% in 2024.',
 'In 2023 kregen 1.200 huishoudens bijzondere bijstand, in 2024 waren dat er 1.350.',
 'UWV, SVB, DUO en het CAK werken samen in het programma Dienstverlening 2030.',
 'Het Leger des Heils en Humanitas bieden samen budgetcoaching aan.',
 'Stichting MEE ondersteunt mensen met een beperking, ook bij werk.',
 'De Voedselbank hanteert een norm van € 275 leefgeld per maand voor een alleenstaande.',
 'Normbedrag alleenstaande 21+: € 1.401,50 per 1 juli 2025 (bruto incl. vakantiegeld).',
 'Het project loopt van 2024-2026 met een budget van 2,4 miljoen.',
 'Zaaknummer van het beleidsproject staat in Teams onder Beleid > 2025 > Q3.',
 'De bijeenkomst is in zaal 2.14 van het stadskantoor, om 10:00.',
 'Cursus duurt 8 weken, elke dinsdag van 19.00 tot 21.00 uur.',
 'Tel de uren op: 12 + 8 + 16 = 36 uur per week.',
 'Check de rekenregels in hoofdstuk 4.2.3 van het handboek.',
 'Mijn klant, een man van 52, werkt sinds 3 maanden 24 uur per week bij een schoonmaakbedrijf.',
 'Ze heeft twee kinderen van 4 en 7 en de oudste gaat naar groep 3.',
 'Het gesprek was op de tweede verdieping, kamer 2.08.',
 'Volgende intervisie: 14 november, 13.00-15.00, ruimte De Brug.',
 'Het tarief is € 12,50 per uur voor de kinderopvang; de toeslag dekt 96%.',
 'Klant betaalt 3 x € 150 terug, de rest wordt kwijtgescholden.',
 'Bel bij vragen het Landelijk Informatiepunt Schulden op 0800 - 8115.',
 'De Geldfit-lijn 0800-8115 verwijst door naar de gemeente.',
 'Het nummer van de Sociale Verzekeringsbank staat op svb.nl.',
 'Dienstverlening via 14 0575 is vanaf maandag ook op zaterdag open.',
 'Voor het ziekenhuis belde ik het algemene nummer 088-1234567? Nee, dat laat ik weg.'.replace('088-1234567? Nee, dat laat ik weg','en kreeg een wachtrij'),
 'Ik heb het doorgezet naar team Noord; zij pakken het op in week 46.',
 'Zijn uitkering gaat per 1-1-2026 omhoog met 2,8%.',
 'De huur steeg van 650 naar 712 euro, een stijging van 9,5%.',
 'Het gaat om een schuld van 12.345 euro verdeeld over 9 schuldeisers.',
 'Ze kreeg 4 x per jaar een brief van het CJIB.',
 'Sollicitatieplicht: 4 sollicitaties per 4 weken, zie artikel 9 lid 1.',
 'Artikel 17 lid 2 en artikel 58 van de Participatiewet zijn hier van toepassing.',
 'Het eerste gesprek duurde 60 minuten, het tweede 45.',
 'Drie keer per week gaat hij naar de dagbesteding van Cordaan.',
 'Twee van de vier kinderen wonen nog thuis.',
 'Ze werkt vijf dagen van acht uur en houdt weinig over.',
 'Een op de drie klanten heeft schulden, zegt het onderzoek van Divosa.',
 'Negen van de tien keer lukt het om een afspraak te maken.',
 'De jongste is twaalf en de oudste zestien.',
 'Ik zag haar om half tien en weer om kwart over twee.',
 'We spreken af: nul tolerantie voor agressie aan de balie.',
 'Het budget is twintig euro per week voor boodschappen.',
 'De klant heeft een auto, een oude Opel, die hij nodig heeft voor zijn werk.',
 'Zijn rijbewijs B is verlopen, hij moet een nieuwe keuring.',
 'Hij wil een bus kopen om als ZZP-er te starten, via het Bbz.',
 'Kenteken en autobezit tellen mee bij de vermogenstoets.',
 'Een V-nummer aanvragen gaat via de IND, niet via ons.',
 'Statushouders krijgen een V-nummer; wij gebruiken het BSN.',
 'De klant vroeg wat een vreemdelingennummer is.',
 'Hoe ga je om met een klant die steeds zijn telefoonnummer verandert?',
 'Welke postcode hoort bij het werkplein? Dat staat op de website.',
 'Ze verhuist binnenkort naar een andere wijk in de stad.',
 'Hij woont sinds 2019 in Zwolle en werkt in Deventer.',
 'Ze woont al 3 jaar in Utrecht.',
 'De woning aan de rand van de stad heeft 3 slaapkamers.',
 'Op nummer 1 van de prioriteitenlijst staat schuldhulp.',
 'We bespreken casus nummer 2 in de volgende ronde.',
 'Volgens het handboek van Stimulansz moet je eerst de partner horen.',
 'Hulp van Schuldhulpmaatje en Humanitas Thuisadministratie.',
 'De Anne Frank Stichting organiseert een workshop over discriminatie.',
 'In het Sint Antonius Ziekenhuis kreeg ze een behandeling.',
 'Het Jan van Goyen College werkt samen met het Werkplein.',
 'Roos en hortensia\'s staan in de tuin van het buurthuis.',
 'Mark dit formulier als afgehandeld in het systeem.',
 'Bij stap B. Bel de klant binnen 2 werkdagen terug.',
 'Zie bijlage A. Daarin staat het stappenplan.',
 'Optie C. Verwijs door naar de Kredietbank.',
 'Mevrouw heeft een Marokkaanse achtergrond en spreekt goed Nederlands.',
 'Het Rode Kruis helpt met voedselpakketten in december.',
 'De Wmo-consulent van het wijkteam komt dinsdag langs.',
 'Het gesprek op maandag 3 maart om 9.15 uur ging goed.',
 'Tussen 8.30 - 9.00 - 9.30 zijn de inloopmomenten.',
 'Huur € 712,45, servicekosten € 45,-, totaal € 757,45.',
 'Het CAK int een eigen bijdrage van € 21,80 per 4 weken.',
 'Het ordernummer van de laptop is 4578-221-09.',
 'Artikelnummer 123.456.78 in de webshop van de kringloop.',
 'De factuur van 14-02-2025 heeft referentie in de brief.',
 'Score op de zelfredzaamheidsmatrix: 2 - 3 - 3 - 4 - 2.',
 'Hij scoorde 7,5 / 10 / 8 op de drie toetsen.',
 'De WW loopt nog 14 maanden, daarna is bijstand aan de orde.',
 'Ze heeft 6 maanden een loonkostensubsidie van 40%.',
 'Het aantal uren ging van 12 naar 16 en daarna naar 20.',
 'De leerwerkplek is 32 uur per week bij een groothandel.',
 'Klant is 45 jaar en heeft geen startkwalificatie.',
 'Twaalf weken na de start evalueren we het traject.',
 'Het budget voor 2025 is 3,2 miljoen en voor 2026 3,4 miljoen.',
 'Aanvragen via 14 020 of via het digitale loket.',
 'Meld je bij de Luisterlijn op 088 0767 000? Nee: die staat op hun site.'.replace(' op 088 0767 000? Nee: die staat op hun site',', het nummer staat op hun site'),
 'In Q3 2024 waren er 87 aanvragen, 12% meer dan in Q2.',
 'Verdeling: 45% man, 52% vrouw, 3% onbekend.',
 'Tijd van 10:15 tot 11:45 was te kort voor het gesprek.',
 'Van 1 tot 15 maart is het kantoor gesloten door de verbouwing.',
 'De termijn is 8 weken plus 6 weken verdaging.',
 'De klant kreeg op 2 mei een boete van € 450 van het CJIB.',
 'Mevrouw is 67 en ontvangt AOW en een klein pensioen.',
 'Hij zit in traject 3 van de 5 bij het leerwerkbedrijf.',
 'Nieuwe werkinstructie WI-2025-014 is vanaf 1 juni geldig.',
 'De intake duurt ongeveer 1,5 uur inclusief de vragenlijst.',
 'Het rapport noemt 2.450 huishoudens met problematische schulden.',
 'We hanteren 3 - 6 - 12 maanden als evaluatiemomenten.',
 'Bel het wijkteam via het algemene nummer 14 0318.',
 'Zijn vader werkte bij Philips en zijn moeder bij de PTT.',
 'Ze wil graag werken bij Albert Heijn of bij de HEMA.',
 'Het Rijksmuseum en het Van Gogh Museum bieden werkervaringsplekken.',
 'Bij het Anne Frank Huis werkt hij als suppoost.',
 'Het overleg met Sociaal Domein en Werk & Inkomen is elke tweede dinsdag.',
 'Casus: een jonge vader (23) die al 2 jaar thuis zit met rugklachten.',
 'Hoe motiveer je iemand die al 10 jaar in de bijstand zit?',
 'Er ligt een beslag op het loon van 230 euro per maand.',
 'De beslagvrije voet is 1.340 euro; de klant houdt te weinig over.',
 'Eind 2024 had 7 van de 10 deelnemers werk.',
 'Op 24-12 en 31-12 is het loket om 12.00 dicht.',
 'Wachttijd bij de GGZ is 12 tot 16 weken.',
 'Drie van de vijf sollicitaties leverden een gesprek op.',
 'Tussen nul en tien: hoe tevreden is de klant? Een zeven.',
 'Ik heb de beslissing op 03-04-2025 verstuurd, bezwaartermijn 6 weken.',
 'Het telefoonnummer van het UWV staat op de brief.',
 'Kun je het e-mailadres van de klant weghalen uit je casus?',
]
for n,t in enumerate(clean):
    add(f'clean-{n+1}', t, [])

with open('Bot.Tests/Privacy/Corpus/adversarial-corpus.jsonl','w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False)+'\n')
ids=[r['id'] for r in rows]
assert len(ids)==len(set(ids)), [i for i in ids if ids.count(i)>1]
print(len(rows), sum(1 for r in rows if r['kinds']), sum(1 for r in rows if not r['kinds']))
