#!/usr/bin/python3
"""gen_speaker_names.py — writes workers/extract/speaker_names.def, the
words speaker_kind.c's person-name test knows: given names (from the
first-name lists of Debian's `faker` package, apt-get install faker, plus the
transliterated names of world news), and the words that say a capitalised
phrase is a place, a medium, an event or a people rather than someone who
can speak.  Run from the repository root:

    /usr/bin/python3 tools/gen_speaker_names.py > workers/extract/speaker_names.def

The output is sorted by bytes, one word a line, lower case, with its classes.
"""
import importlib
import sys

# Locales whose first names are news names in the Latin script.
LOCALES = ["en_US", "en_GB", "en_NZ", "es_ES", "es_MX", "fr_FR", "it_IT",
           "pt_BR", "nl_NL", "pl_PL", "de_DE"]

# World-news given names in their usual English transliteration.
WORLD = """
abdel abdul abdullah abdulaziz abu ahmad ahmed akbar akhil ali alexei alexey
anatoly andrei andrey anwar ashraf ayatollah bashar benazir benyamin bibi
boris dmitri dmitry emomali fidel gennady hamad hamid hassan hasan hosni
hossein hussein ibrahim igor ilham imran irina jair jalal jamal javad jiang
jinping jong kamala khaled khalid kim kofi kyung li liu luiz mahmoud mahmud
maithripala mariam marwa mehmet miguel mikhail moammar moon mohamed mohammad
mohammed muammar muhammad mustafa nabil naftali narendra nawaz nicolas
nikolai nouri nursultan oleg olga omar park pervez petro qasem rami recep
rex rodrigo rouhani saad saddam salman sergei sergey shinzo shimon sheikh
svetlana tayyip tatiana vladimir vladislav viktor volodymyr wang xi yasser
yoshihide yuri yulia yevgeny youssef zhang zhou
amit annastacia arvind betsy bola chrissy cyril giorgia gladys humza jacinda
keir kemi kiren mamata matt mhairi nadhim nirmala piyush priti rahm rahul
rishi sachin sadiq sajid smriti suella uhuru virat yogi
""".split()

# Countries and the capitals that stand for their governments: a state
# can speak ("Pyongyang said"), but is never the nearest capitalised
# phrase taken for a person.
COUNTRIES = """
afghanistan albania algeria angola argentina armenia australia austria
azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil
britain bulgaria burma cambodia cameroon canada chile china colombia congo
croatia cuba cyprus czechia denmark ecuador egypt england eritrea estonia
ethiopia finland france georgia germany ghana greece guatemala haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy
japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia
lebanon libya lithuania malaysia mali mexico moldova mongolia montenegro
morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway
oman pakistan palestine panama paraguay peru philippines poland portugal
qatar romania russia rwanda scotland senegal serbia singapore slovakia
slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan
tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay
uzbekistan venezuela vietnam wales yemen zambia zimbabwe
ankara baghdad beijing berlin brussels cairo damascus havana islamabad
jerusalem kabul kiev kyiv london madrid moscow paris pyongyang riyadh rome
seoul tehran tokyo
""".split()

# Places that do not speak: states, regions, cities, and the heads and
# modifiers of place names ("Oklahoma City", "East Room", "New York").
PLACES = """
alabama alaska arizona arkansas california colorado connecticut delaware
florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine
maryland massachusetts michigan minnesota mississippi missouri montana
nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
vermont wisconsin wyoming dakota carolina virginia hampshire jersey
africa america americas antarctica arctic asia atlantic balkans caribbean
caucasus crimea europe eurasia gulf mideast pacific siberia
atlanta austin baltimore boston brooklyn charlotte chicago cleveland
dallas denver detroit fresno hialeah honolulu houston indianapolis
jacksonville manhattan memphis miami milwaukee minneapolis nashville
orlando philadelphia phoenix pittsburgh portland queens raleigh
sacramento seattle tampa toronto vancouver vladivostok york bronx
aleppo mosul raqqa fallujah gaza benghazi tripoli crimea donbas
avenue bay beach boulevard bridge canyon city coast county desert hills
island islands lake mountain mountains ocean peninsula province region
river room square street tower valley
""".split()
PLACE_MODS = "new san santa los las el la north south east west saint st fort port mount".split()

# Media, sites and products: where words appear, not who says them.
MEDIA = """
facebook instagram youtube twitter snapchat reddit tumblr tiktok myspace
whatsapp linkedin periscope pinterest vine website blog podcast iphone
""".split()

# Events: a flight, a tournament or a war says nothing.
EVENTS = """
flight tournament championship championships olympics olympic games cup
classic invitational marathon bombing bombings shooting massacre war
election primary primaries caucus caucuses debate festival
""".split()

# Peoples and adjectives: "Russian soldiers", "the Mexican border".
DEMONYMS = """
african american arab asian british canadian chinese christian cuban
eastern egyptian european french german hispanic indian iranian iraqi
irish islamic israeli italian japanese jewish korean latino mexican
muslim northern palestinian russian saudi southern soviet spanish syrian
turkish ukrainian western
spaniard brazilian argentinian colombian chilean peruvian venezuelan
uruguayan bolivian ecuadorian paraguayan guatemalan honduran salvadoran
nicaraguan panamanian jamaican haitian nigerian kenyan ghanaian ethiopian
tanzanian ugandan zimbabwean zambian cameroonian ivorian somali libyan
tunisian algerian moroccan jordanian qatari emirati kuwaiti bahraini
omani yemeni pakistani afghan bangladeshi nepali indonesian malaysian thai
belgian norwegian austrian hungarian romanian bulgarian serbian croatian
bosnian albanian slovenian estonian latvian lithuanian armenian
azerbaijani
""".split()


def given_names():
    out = set(WORLD)
    for loc in LOCALES:
        prov = importlib.import_module("faker.providers.person." + loc).Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            v = getattr(prov, attr, None)
            if v is None:
                continue
            for n in (v.keys() if isinstance(v, dict) else v):
                if n.isalpha() and len(n.encode()) <= 32:
                    out.add(n.lower())
    return out


def main():
    classes = {}

    def add(words, c):
        for w in words:
            classes.setdefault(w, set()).add(c)
    add(given_names(), "NM_GIVEN")
    add(COUNTRIES, "NM_STATE")
    add(PLACES, "NM_PLACE")
    add(PLACE_MODS, "NM_PLACEMOD")
    add(MEDIA, "NM_MEDIUM")
    add(EVENTS, "NM_EVENT")
    add(DEMONYMS, "NM_PEOPLE")
    w = sys.stdout.write
    w("/*\n * speaker_names.def — generated by tools/gen_speaker_names.py "
      "(do not edit:\n * change the script and run it again).  One word a "
      "line, lower case,\n * sorted by bytes, with its classes (speaker_kind.c):\n"
      " *   NM_GIVEN     a given name (faker's first names of %s,\n"
      " *                and world-news names)\n"
      " *   NM_STATE     a country or a capital: speaks only as a state\n"
      " *   NM_PLACE     a place, or the head of a place name (city, room)\n"
      " *   NM_PLACEMOD  opens a place name (new, san, north)\n"
      " *   NM_MEDIUM    a medium, a site or a product (twitter, blog)\n"
      " *   NM_EVENT     an event (flight, tournament, war)\n"
      " *   NM_PEOPLE    a people or its adjective (russian, southern)\n"
      " */\n" % " ".join(LOCALES))
    for word in sorted(classes, key=lambda s: s.encode()):
        w('NAME("%s", %s)\n' % (word, " | ".join(sorted(classes[word]))))


main()
