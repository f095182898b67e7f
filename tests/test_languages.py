"""Clutter in German, French, Spanish, Italian, Portuguese and Dutch pages, and the commonest
labels in Swedish, Polish and Russian ones: the rule packs' labels in those languages, each between the
paragraphs of an article in its language."""

from __future__ import annotations

import pytest

import newsclean

BODIES = {
    "de": [
        "Der Gemeinderat hat am Montag nach langer Debatte beschlossen, die alte Markthalle zu sanieren und im "
        "kommenden Frühjahr wieder für Händler und Besucher zu öffnen.",
        "Die Kosten von rund vier Millionen Euro sollen zur Hälfte aus Landesmitteln kommen, den Rest trägt die "
        "Stadt aus ihren Rücklagen für Bauprojekte.",
        "Kritiker bemängeln, dass die Pläne keine Parkplätze vorsehen, und fordern eine bessere Anbindung an den "
        "Busverkehr in den Abendstunden.",
        "Die Bauarbeiten sollen im Herbst beginnen und etwa achtzehn Monate dauern, teilte die Verwaltung nach der "
        "Sitzung mit.",
    ],
    "fr": [
        "Le conseil municipal a voté lundi soir la rénovation de l'ancienne halle du marché, qui devrait rouvrir "
        "au printemps prochain aux commerçants et aux visiteurs.",
        "Le coût des travaux, estimé à quatre millions d'euros, sera financé pour moitié par la région, le reste "
        "étant pris en charge par la ville.",
        "Les opposants regrettent que le projet ne prévoie aucune place de stationnement et réclament une meilleure "
        "desserte par les bus en soirée.",
        "Le chantier doit commencer à l'automne et durer environ dix-huit mois, a précisé la mairie à l'issue de la "
        "séance.",
    ],
    "es": [
        "El pleno del ayuntamiento aprobó el lunes la rehabilitación del antiguo mercado municipal, que volverá a "
        "abrir sus puertas a comerciantes y visitantes la próxima primavera.",
        "Las obras, presupuestadas en cuatro millones de euros, se financiarán a medias con fondos autonómicos y "
        "con los ahorros del propio consistorio.",
        "La oposición critica que el proyecto no incluya aparcamientos y pide que se refuercen las líneas de "
        "autobús que llegan al barrio por la noche.",
        "Los trabajos comenzarán en otoño y durarán unos dieciocho meses, según explicó el concejal de Urbanismo "
        "tras la sesión.",
    ],
    "it": [
        "Il consiglio comunale ha approvato lunedì sera il restauro del vecchio mercato coperto, che riaprirà ai "
        "commercianti e ai visitatori la prossima primavera.",
        "I lavori, che costeranno circa quattro milioni di euro, saranno finanziati per metà dalla Regione e per "
        "il resto con fondi del bilancio comunale.",
        "L'opposizione lamenta che il progetto non preveda parcheggi e chiede di potenziare le linee di autobus "
        "serali che servono il quartiere.",
        "Il cantiere partirà in autunno e durerà circa diciotto mesi, ha spiegato l'assessore ai Lavori pubblici al "
        "termine della seduta.",
    ],
    "pt": [
        "A câmara municipal aprovou na segunda-feira a reabilitação do antigo mercado coberto, que deverá reabrir "
        "a comerciantes e visitantes na próxima primavera.",
        "As obras, orçadas em cerca de quatro milhões de euros, serão financiadas em metade por fundos europeus e "
        "o restante pelo orçamento da autarquia.",
        "A oposição lamenta que o projeto não preveja estacionamento e pede um reforço das carreiras de autocarro "
        "que servem o bairro ao fim do dia.",
        "Os trabalhos deverão começar no outono e durar cerca de dezoito meses, explicou o vereador responsável no "
        "final da reunião.",
    ],
    "nl": [
        "De gemeenteraad heeft maandagavond na een lang debat besloten de oude markthal te renoveren, zodat die "
        "volgend voorjaar weer opengaat voor handelaren en bezoekers.",
        "De kosten van ongeveer vier miljoen euro worden voor de helft door de provincie betaald, de rest komt "
        "uit de reserves van de gemeente.",
        "Critici vinden het jammer dat er geen parkeerplaatsen komen en willen dat de buslijnen naar de wijk 's "
        "avonds vaker gaan rijden.",
        "De werkzaamheden beginnen in het najaar en duren ongeveer achttien maanden, liet de gemeente na de "
        "vergadering weten.",
    ],
    "sv": [
        "Kommunfullmäktige beslutade på måndagen efter en lång debatt att renovera den gamla saluhallen, som ska "
        "öppna igen för handlare och besökare nästa vår.",
        "Kostnaden på omkring fyra miljoner kronor ska till hälften betalas av regionen, resten tas ur kommunens "
        "egna reserver för byggprojekt.",
        "Kritiker menar att planerna saknar parkeringsplatser och vill att busstrafiken till området förstärks "
        "under kvällarna.",
        "Arbetet ska börja i höst och pågå i ungefär arton månader, meddelade förvaltningen efter sammanträdet.",
    ],
    "pl": [
        "Rada miejska zdecydowała w poniedziałek po długiej debacie o remoncie starej hali targowej, która ma zostać "
        "ponownie otwarta dla handlarzy i klientów na wiosnę.",
        "Koszt wynoszący około czterech milionów złotych w połowie pokryje województwo, a resztę miasto sfinansuje z "
        "własnych rezerw na inwestycje.",
        "Krytycy zwracają uwagę, że w planach brakuje miejsc parkingowych, i domagają się lepszego połączenia "
        "autobusowego w godzinach wieczornych.",
        "Prace mają się rozpocząć jesienią i potrwać około osiemnastu miesięcy, poinformował urząd po posiedzeniu.",
    ],
    "ru": [
        "Городской совет в понедельник после долгих споров решил отремонтировать старый крытый рынок, который "
        "весной снова откроется для торговцев и покупателей.",
        "Около четырёх миллионов рублей на ремонт выделит область, остальное город возьмёт из собственного "
        "резервного фонда.",
        "Критики говорят, что в проекте нет парковки, и просят пустить к рынку больше автобусов по вечерам.",
        "Работы начнутся осенью и продлятся около полутора лет, сообщили в администрации после заседания.",
    ],
}

CLUTTER = {
    "share": {
        "sv": ["Dela", "Dela Spara Lyssna Ge bort artikel"],
        "pl": ["Udostępnij"],
        "de": ["Artikel teilen", "Auf Facebook teilen", "Link kopieren", "Teilen Drucken Merken", "Teilen auf WhatsApp",
               "Artikel verschenken", "Folgen Sie uns auf Instagram"],
        "fr": ["Partager cet article", "Partager sur WhatsApp", "Copier le lien", "Envoyer par e-mail", "Offrir cet article",
               "Offrir l’article Ajouter à vos sélections Partager",
               "Suivez-nous sur Google Actualités"],
        "es": ["Compartir", "Compartir en X", "Copiar enlace", "Enviar por correo", "Síguenos en Google News"],
        "it": ["Condividi", "Condividi su Facebook", "Copia link", "Invia per email", "Seguici su Telegram"],
        "pt": ["Partilhar", "Compartilhe", "Compartilhar no WhatsApp", "Copiar link", "facebook x whatsapp telegram copiar link",
               "📲 Participe do canal do Jornal no WhatsApp"],
        "nl": ["Delen", "Deel dit artikel", "Delen op LinkedIn", "Kopieer link", "Volg ons op Instagram"],
    },
    "paywall": {
        "de": ["Jetzt abonnieren und weiterlesen", "Sie haben bereits ein Abo? Hier einloggen",
               "Dieser Beitrag ist nur für Abonnenten", "Jetzt weiterlesen mit Plus", "Unbegrenzt lesen",
               "Jetzt für 1 € testen", "Sie sind bereits Abonnentin oder Abonnent? Hier anmelden"],
        "fr": ["Abonnez-vous pour lire la suite", "Déjà abonné ? Connectez-vous", "Cet article est réservé aux abonnés."],
        "es": ["Suscríbete para seguir leyendo", "¿Ya eres socio? Entra aquí", "Este contenido es exclusivo para suscriptores",
               "Lee sin límites"],
        "it": ["Abbonati per continuare a leggere", "Sei già abbonato? Entra", "Questo articolo è riservato agli abbonati",
               "Leggi senza limiti"],
        "pt": ["Assine para continuar a ler", "Já é assinante? Entrar", "Este artigo é exclusivo para assinantes",
               "Exclusivo para assinantes"],
        "nl": ["Word abonnee om verder te lezen", "Al abonnee? Inloggen", "Dit verhaal is alleen voor abonnees",
               "Alleen voor abonnees"],
    },
    "newsletter": {
        "de": ["Melde dich für unseren Morgen-Newsletter an", "Zum Newsletter anmelden", "Die wichtigsten Meldungen des Tages direkt in Ihr Postfach.",
               "Ihre E-Mail-Adresse"],
        "fr": ["Recevez chaque soir notre sélection dans votre boîte mail.", "Votre adresse e-mail", "Newsletter Marseille",
               "Inscrivez-vous à ma newsletter et recevez chaque dimanche une recette facile.", "Je m’inscris",
               "Recevez chaque semaine le meilleur de la culture marseillaise.",
               "En vous inscrivant, vous acceptez nos conditions et notre politique de confidentialité."],
        "es": ["Recibe cada tarde en tu correo un resumen de la jornada.", "Suscríbete a nuestro boletín", "Tu correo electrónico",
               "Puedes seguir a El Diario en Facebook y X, o apuntarte aquí para recibir nuestra newsletter semanal.",
               "Al suscribirte aceptas nuestra política de privacidad."],
        "it": ["Ogni sera il meglio della giornata nella tua casella di posta.", "La tua email", "Iscriviti alla newsletter del Corriere",
               "Iscrivendoti accetti l'informativa sulla privacy."],
        "pt": ["Receba todas as tardes um resumo no seu email.", "O seu email",
               "Ao subscrever, concorda com a nossa política de privacidade.",
               "Ao se inscrever, você concorda com os Termos de Uso e a Política de Privacidade."],
        "nl": ["Meld je aan voor de dagelijkse nieuwsbrief", "Schrijf je in voor onze nieuwsbrief", "Je e-mailadres",
               "Door je aan te melden ga je akkoord met het privacybeleid."],
    },
    "donation": {
        "ru": ["Поддержите нас", "Помочь «Ведомостям»",
               "Ваше ежемесячное пожертвование — это то, что позволяет нам работать дальше."],
        "de": ["Unterstützen Sie unabhängigen Lokaljournalismus", "Jetzt spenden",
               "Ihre Unterstützung macht unseren Journalismus für alle zugänglich.",
               "Guter Journalismus kostet Geld. Schon mit einem Beitrag ab 3 Euro im Monat sichern Sie unsere Arbeit."],
        "fr": ["Soutenez le journalisme local indépendant", "Faire un don",
               "Votre soutien garantit un journalisme libre et accessible à tous."],
        "es": ["Apoya el periodismo independiente", "Hazte socio",
               "Tu apoyo hace posible un periodismo libre y en abierto."],
        "it": ["Sostieni il giornalismo indipendente", "Dona ora", "Per favore sostieni il nostro giornalismo",
               "Il tuo contributo rende il nostro giornalismo libero per tutti."],
        "pt": ["Apoie o jornalismo independente", "Contribua aqui",
               "O seu apoio mantém o jornalismo deste jornal aberto a todos."],
        "nl": ["Steun onafhankelijke journalistiek", "Doneer nu",
               "Jouw bijdrage houdt onze journalistiek vrij toegankelijk.",
               "De Stadskrant is gratis voor iedereen. Help je ons met een kleine bijdrage?"],
    },
    "legal": {
        "de": ["Alle Rechte vorbehalten.", "Datenschutzerklärung", "Impressum · Datenschutz · AGB"],
        "fr": ["Tous droits réservés", "Mentions légales", "Politique de confidentialité"],
        "es": ["Todos los derechos reservados", "Aviso legal", "Política de cookies"],
        "it": ["Tutti i diritti riservati", "Note legali", "Informativa sulla privacy"],
        "pt": ["Todos os direitos reservados", "Termos de uso", "Política de privacidade"],
        "nl": ["Alle rechten voorbehouden", "Algemene voorwaarden", "Privacyverklaring"],
    },
    "comment": {
        "de": ["Kommentare (7)", "Kommentar schreiben"],
        "fr": ["Commentaires (7)", "Laisser un commentaire"],
        "es": ["Comentarios (7)", "Deja un comentario"],
        "it": ["Commenti (7)", "Lascia un commento"],
        "pt": ["Comentários (7)", "Deixe um comentário"],
        "nl": ["Reacties (7)", "Laat een reactie achter"],
    },
    "chrome": {
        "de": ["Lesezeit: 6 Min.", "Artikel anhören", "Zur Startseite"],
        "fr": ["Temps de lecture : 6 min", "Écouter cet article", "Retour à l'accueil", "Voir plus",
               "Aller à la recette Imprimer la recette", "Imprimer Épingler", "4.86 de 21 votes",
               "Vous avez testé cette recette ? Mentionnez @lesrecettes ou taguez #lesrecettes !"],
        "es": ["Tiempo de lectura: 6 min", "Escuchar este artículo", "Volver al inicio"],
        "it": ["Tempo di lettura: 6 minuti", "Ascolta questo articolo", "Torna alla home"],
        "pt": ["Tempo de leitura: 6 min", "Ouvir este artigo", "Voltar ao início"],
        "nl": ["Leestijd: 6 minuten", "Luister naar dit artikel", "Terug naar home", "Video afspelen 2:14"],
        "sv": ["Lyssna på artikeln"],
        "pl": ["Posłuchaj artykułu 00:00 / 04:12"],
    },
    "advertisement": {
        "sv": ["Annons", "Annons:"],
        "pl": ["Reklama"],
        "de": ["Werbung", "Anzeige - Weiterlesen nach der Anzeige", "Gesponserter Beitrag",
               "Werbehinweis: Links mit * sind Affiliate-Links. Kaufst du darüber ein, erhalten wir eine kleine Provision."],
        "fr": ["Pub", "Publicité - Poursuivez votre lecture ci-dessous", "Contenu sponsorisé"],
        "es": ["Anuncio", "Publicidad - Sigue leyendo debajo", "Contenido patrocinado", "Ver precio en Amazon",
               "Este artículo contiene enlaces de afiliado. Si compras a través de ellos, podemos recibir una pequeña comisión."],
        "it": ["Pubblicità - Continua a leggere sotto", "Contenuto sponsorizzato"],
        "pt": ["Publicidade", "Anúncio", "Continua depois da publicidade", "Conteúdo patrocinado"],
        "nl": ["Advertentie", "Lees verder na de advertentie", "Gesponsorde inhoud"],
    },
    "navigation": {
        "fr": ["Haut de page"],
        "pl": ["Przejdź do treści"],
    },
    "byline": {
        "de": ["Mit Material von dpa", "Über die Autorin"],
        "fr": ["Avec AFP", "À propos de l'auteur"],
        "es": ["Con información de EFE", "Sobre la firma"],
        "it": ["Sull'autore"],
        "pt": ["Com informações da Lusa", "Com Lusa", "Sobre o autor"],
        "nl": ["Met informatie van ANP", "Over de auteur"],
    },
    "related": {
        "ru": ["Читайте также: Как спасти городской рынок"],
        "sv": ["Läs också: Så ska saluhallen räddas"],
        "pl": ["Czytaj także: Nowa linia autobusowa od maja", "Zobacz też: Hala targowa w liczbach"],
        "de": ["Mehr zum Thema: Wie die Stadt ihre Märkte retten will", "Auch interessant: Neue Buslinie ab Mai"],
        "fr": ["À lire aussi : Comment la ville veut sauver ses marchés", "Lire aussi | Une nouvelle ligne de bus en mai"],
        "es": ["Te puede interesar: Cómo salvar los mercados de barrio", "Lee también: Nueva línea de autobús en mayo",
               "Leé también: El precio del boleto sube en junio"],
        "it": ["LEGGI ANCHE Come salvare i mercati di quartiere", "Potrebbe interessarti: Nuova linea di bus a maggio"],
        "pt": ["Leia também: Como salvar os mercados de bairro", "Veja também: Nova carreira de autocarro em maio"],
        "nl": ["Lees ook: Hoe de stad haar markten wil redden", "Meer over dit onderwerp: Nieuwe buslijn in mei"],
    },
}

CASES = [(cat, lang, line) for cat, by_lang in CLUTTER.items() for lang, lines in by_lang.items() for line in lines]


@pytest.mark.parametrize(("category", "lang", "line"), CASES)
def test_a_label_in_the_pages_language_is_removed(category: str, lang: str, line: str) -> None:
    body = BODIES[lang]
    doc = newsclean.clean("\n\n".join([*body[:2], line, *body[2:]]), format="text")
    hits = [r for r in doc.removed if r.text.strip() == line]
    assert hits, (line, [(r.category, r.text[:40]) for r in doc.removed])
    assert hits[0].category == category, (line, hits[0].category, hits[0].rule)
    assert all(p in doc.text for p in body)


COMMENTS = {
    "de": ["Kommentare (3)", "Klaus W. vor 2 Stunden", "Endlich tut sich etwas in der Altstadt.", "Antworten",
           "mia_k vor 5 Stunden", "Und wer soll das bezahlen?", "Antworten"],
    "fr": ["Commentaires (3)", "Gérard75 — il y a 2 heures", "Il était temps que la mairie bouge.", "Répondre",
           "Sophie L. il y a 5 heures", "Et qui va payer tout ça ?", "Répondre"],
    "es": ["Comentarios (3)", "Pepe_M hace 2 horas", "Ya era hora de que hicieran algo.", "Responder",
           "lucia88 hace 5 horas", "¿Y quién lo va a pagar?", "Responder"],
    "it": ["Commenti (3)", "marco_b 2 ore fa", "Era ora che il Comune si muovesse.", "Rispondi",
           "Giulia R. 5 ore fa", "E chi paga tutto questo?", "Rispondi"],
    "pt": ["Comentários (3)", "Zé_Lisboa há 2 horas", "Já não era sem tempo.", "Responder",
           "Ana M. há 5 horas", "E quem é que paga isto?", "Responder"],
    "nl": ["Reacties (3)", "Ilse_Gent · 2 uur geleden", "Eindelijk gebeurt er iets in de binnenstad.", "Beantwoorden",
           "Piet de V. 5 uur geleden", "En wie gaat dat betalen?", "Beantwoorden"],
}


@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_a_comment_thread_in_the_pages_language_goes(lang: str) -> None:
    body = BODIES[lang]
    doc = newsclean.clean("\n\n".join([*body, *COMMENTS[lang]]), format="text")
    assert all(p in doc.text for p in body)
    assert not any(line in doc.text for line in COMMENTS[lang]), doc.text


COOKIES = {
    "de": ["Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren und die Nutzung der Website "
           "auszuwerten. Mit einem Klick auf Akzeptieren stimmen Sie zu.", "Alle akzeptieren", "Ablehnen"],
    "fr": ["Nous et nos partenaires utilisons des cookies pour mesurer l'audience et personnaliser les contenus. "
           "Vous pouvez modifier vos choix à tout moment.", "Accepter et fermer", "Continuer sans accepter"],
    "it": ["Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti.",
           "Accetta tutti", "Rifiuta"],
    "nl": ["Wij gebruiken cookies om de website goed te laten werken en om advertenties te tonen.",
           "Alles accepteren", "Weigeren"],
}


@pytest.mark.parametrize("lang", sorted(COOKIES))
def test_a_cookie_banner_above_the_page_is_not_the_articles_start(lang: str) -> None:
    body = BODIES[lang]
    menu = ["Start", "Politik", "Wirtschaft", "Sport", "Kultur"]
    doc = newsclean.clean("\n".join([*COOKIES[lang], *menu, *body, "Impressum", "Kontakt"]), format="text")
    assert doc.text.startswith(body[0]), doc.text[:200]
    assert all(p in doc.text for p in body)


STAYS = [
    # a label's words inside the article's sentences
    "Die Stadt will die Händler teilen lassen, wer die Kosten für die neuen Stände trägt, und erst dann entscheiden.",
    "Nous utilisons des cookies depuis des années, a reconnu le directeur du site, qui promet plus de transparence.",
    "Lee también la prensa local, dijo la alcaldesa, y verá que el mercado lleva años pidiendo estas obras.",
    "Il sindaco ha detto che bisogna sostenere il giornalismo locale, soprattutto nelle piccole città di provincia.",
    "De advertentie van de gemeente stond vorige week in de krant, maar bijna niemand reageerde op de oproep.",
    "Hace 2 horas que los comerciantes esperan en la puerta del ayuntamiento para hablar con el concejal.",
    "Der Verleger sagte, guter Journalismus sei teuer, und die Stadt müsse die Zeitung weiter unterstützen.",
    "Le maire a promis que les habitants recevraient chaque semaine un courrier sur l'avancement du chantier.",
]


@pytest.mark.parametrize("sentence", STAYS)
def test_a_sentence_with_a_labels_words_stays(sentence: str) -> None:
    body = BODIES["de"]
    doc = newsclean.clean("\n\n".join([*body[:2], sentence, *body[2:]]), format="text")
    assert sentence in doc.text



@pytest.mark.parametrize(("caption", "credit"), [
    ("Obras en el mercado de Valdebebas, en Madrid. (EFE/Marta Pérez Gil)", "EFE/Marta Pérez Gil"),
    ("Il mercato coperto durante i lavori. (Foto Ansa)", "Ansa"),
    ("Il mercato coperto durante i lavori (foto Ansa/Luca Zennaro)", "Ansa/Luca Zennaro"),
    ("Il mercato coperto durante i lavori. ANSA/LUCA ZENNARO", "ANSA/LUCA ZENNARO"),
    ("O mercado coberto durante as obras. LUSA/JOSÉ M. SENA", "LUSA/JOSÉ M. SENA"),
    ("O mercado coberto durante as obras. (Créditos: Lusa)", "Lusa"),
    ("El mercado durante las obras. (Europa Press)", "Europa Press"),
    ("Die Markthalle während der Bauarbeiten. © dpa", "© dpa"),
    ("Die Markthalle während der Bauarbeiten. (Quelle: dpa)", "dpa"),
    ("De markthal tijdens de verbouwing. Beeld: ANP", "ANP"),
    ("La halle pendant les travaux. (Crédit : AFP)", "AFP"),
    ("The market hall during the works. (AP/Jane Roe)", "AP/Jane Roe"),
    ("I portici di via Zamboni, nel cuore della zona universitaria (foto Nucci/Benvenuti)", "Nucci/Benvenuti"),
    ("Korek na alei Trzech Wieszczów w Krakowie Fot. Jakub Porzycki / Agencja Wyborcza.pl",
     "Fot. Jakub Porzycki / Agencja Wyborcza.pl"),
    ("Crews replace a lead service line in Newark last month. (Carla Ruiz for The Harbour Times)",
     "Carla Ruiz for The Harbour Times"),
])
def test_an_agencys_credit_marks_a_caption(caption: str, credit: str) -> None:
    body = BODIES["de"]
    doc = newsclean.clean("\n\n".join([*body[:2], caption, *body[2:]]), format="text")
    assert caption not in doc.text and all(p in doc.text for p in body)
    assert [c.credit for c in doc.metadata.captions] == [credit]


@pytest.mark.parametrize("sentence", [
    # an agency named in the article's own sentences, or a source that is no agency
    "Die Zahl der Besucher hat sich seit der Schließung halbiert, wie aus einer Statistik des Landes hervorgeht "
    "(Quelle: Statistisches Landesamt).",
    "Le marché a perdu la moitié de ses clients depuis la fermeture, selon les chiffres publiés mardi par la "
    "préfecture et repris par plusieurs agences, dont l'AFP et Reuters, qui citent aussi la chambre de commerce, "
    "les syndicats de commerçants, les associations de riverains et plusieurs élus de l'opposition (AFP).",
])
def test_an_agency_in_a_sentence_is_no_caption(sentence: str) -> None:
    body = BODIES["de"]
    doc = newsclean.clean("\n\n".join([*body[:2], sentence, *body[2:]]), format="text")
    assert sentence in doc.text


@pytest.mark.parametrize(("lang", "heading"), [("fr", "Vous aimerez aussi"), ("es", "Más noticias"), ("de", "Weitere Artikel")])
def test_a_related_box_heading_below_the_article_goes_with_its_teasers(lang: str, heading: str) -> None:
    body = BODIES[lang]
    teasers = ["Nouvelle ligne de bus en mai", "El precio del boleto sube en junio", "Markthalle öffnet im Frühjahr"]
    doc = newsclean.clean("\n\n".join([*body, heading, *teasers]), format="text")
    assert all(p in doc.text for p in body)
    assert heading not in doc.text and not any(t in doc.text for t in teasers)
    assert [r.rule for r in doc.removed if r.text == heading] == ["related.heading"]


@pytest.mark.parametrize(("lang", "heading"), [("de", "Inhaltsverzeichnis"), ("fr", "Sommaire"), ("es", "Contenidos [ocultar]"),
                                             ("it", "Indice"), ("nl", "Inhoudsopgave"), ("pl", "Spis treści")])
def test_a_contents_list_under_its_heading_in_the_pages_language_goes(lang: str, heading: str) -> None:
    body = BODIES[lang]
    entries = [" ".join(p.split()[:4]) for p in body[1:4]]
    doc = newsclean.clean("\n\n".join([body[0], heading, *entries, *body[1:]]), format="text")
    assert heading not in doc.text and all(p in doc.text for p in body)
    assert {r.rule for r in doc.removed if r.text == heading} == {"navigation.toc"}


@pytest.mark.parametrize(("lang", "heading"), [("it", "Leggi anche"), ("pt", "LEIA TAMBÉM:"), ("es", "Más información")])
def test_a_read_also_box_between_paragraphs_goes_with_its_headlines(lang: str, heading: str) -> None:
    body = BODIES[lang]
    teasers = ["[Studenti in tenda in piazza Verdi](https://example.com/1)", "[Affitti, Bologna è la più cara](https://example.com/2)"]
    doc = newsclean.clean("\n\n".join([*body[:2], heading, *teasers, *body[2:]]), format="markdown")
    assert heading not in doc.text and "Studenti in tenda" not in doc.text and "Affitti, Bologna" not in doc.text
    assert all(p in doc.text for p in body)


def test_the_story_goes_on_under_a_box_of_three_teasers_and_a_captioned_picture() -> None:
    # the box's three headlines go as related; below them a paragraph, a picture's caption over
    # its credit and a subheading stand between the article's paragraphs: no end of the story
    body = BODIES["de"]
    teasers = ["Windkraft im Osten: Warum der Ausbau in Sachsen stockt",
               "Heizkosten im Vergleich: Wer in diesem Winter am meisten zahlt",
               "Bürgerenergie: Wenn das Dorf zum Kraftwerk wird"]
    caption = "Der Vorstand im Technikraum des Wärmenetzes: »Die Zahlen stimmen«"
    more = ["Die Genossenschaft hat darauf reagiert und bietet seit diesem Jahr einen Sozialtarif für Haushalte mit "
            "geringem Einkommen an, der aus den Überschüssen bezahlt wird.",
            "Im Wirtschaftsministerium verfolgt man das Projekt aufmerksam; es gilt als Vorbild für andere Gemeinden, "
            "die ihre eigene Energie erzeugen wollen."]
    text = "\n\n".join([*body[:2], "Mehr zum Thema", *teasers, body[2], caption, "Foto: Jane Roe / dpa",
                        "Vorbild für andere Gemeinden", body[3], *more])
    doc = newsclean.clean(text, format="text")
    assert all(p in doc.text for p in [*body, *more])
    assert not any(t in doc.text for t in teasers)


def test_a_read_also_box_ends_at_the_ad_after_it() -> None:
    # "Lees ook" and its one teaser, an ad's label, then the article's subheading: the box is the
    # teaser only, and the story goes on (it seemed to end at the box, heading and all)
    body = BODIES["nl"]
    sub = "'Mijn opa heeft dit huis gebouwd'"
    more = ["Bij de informatieavond in het dorpshuis was de stemming gisteravond bedrukt, vertellen bewoners die "
            "er waren; velen wonen er al generaties lang en willen niet weg.",
            "Het waterschap erkent dat de impact groot is en belooft een onafhankelijke taxateur en hulp bij het "
            "zoeken naar een nieuwe woning in de buurt."]
    text = "\n\n".join([*body[:3], "Lees ook", "Honderden kilometers dijk voldoen niet aan de norm", "Advertentie",
                         sub, *more, body[3]])
    doc = newsclean.clean(text, format="text")
    assert all(p in doc.text for p in [*body, sub, *more])
    assert "Honderden kilometers" not in doc.text
