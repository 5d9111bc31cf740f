"""A question asked in a learner's own language, or in a mix of it and English, read in English word for word.

The model and every rule read English, and a server's members switch languages mid-sentence: "por qué netflix quiere
otra?? like what's the reason" asks why Netflix wants another one. Word for word is enough: what a question asks shows
in its question word and its content words, which ranking reads as a bag; word order is left as it is.

A message is read so only when it mixes in Spanish, Portuguese, French or Italian (``mixes_in``: two of their small
words at least, or one in a message of a few words); then its phrases, words and regular verbs in every form are
read by tables, and the words two of those languages read apart ("o", "il", "mais") by the language the message is
mostly in. A learner's film words ("elenco", "estreno") are read in any message (``FILM_WORDS``,
``QUESTION_WORDS``). Answers stay in English, quoting the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from . import germanic

# Film talk in a learner's own language, in a question otherwise in English: "who are the actors of the elenco",
# "when was the estreno of the first movie" (Spanish, Portuguese, Italian, French, German, Polish).
FILM_WORDS = {
    **dict.fromkeys(("elenco", "reparto", "besetzung", "obsada"), "cast"),
    **dict.fromkeys(("estreno", "estreia", "estréia", "première"), "premiere"),
    **dict.fromkeys(("salen", "entra", "aparece", "aparecen"), "appear"),  # who is in it: "Taylor Dooley entra?"
    **dict.fromkeys(("visualizzazioni", "visualizaciones", "visualizações", "visualizacoes", "vues"), "views"),
    **dict.fromkeys(("doublé", "doublés", "doublée", "doublées", "doublage", "doblada", "doblado", "doblaje",
                     "dublado", "dublagem", "doppiato", "doppiaggio"), "dubbed"),
    **dict.fromkeys(("película", "pelicula", "filme"), "film"),
    **dict.fromkeys(("películas", "peliculas", "pelis", "filmes"), "films"),
    **dict.fromkeys(("secuela", "continuación", "continuacion", "continuação", "continuacao", "seguito", "fortsetzung",
                      "kontynuacja"), "sequel"),
    **dict.fromkeys(("rodaje", "filmagem", "filmagens", "tournage", "dreharbeiten", "zdjęcia"), "filming"),
    **dict.fromkeys(("diretor", "regista", "réalisateur", "realisateur", "realizador", "regisseur", "reżyser",
                      "rezyser"), "director"),
    **dict.fromkeys(("niños", "ninos", "crianças", "criancas", "bambini", "enfants"), "kids"),
    **dict.fromkeys(("superhéroes", "super-heróis", "super-herois", "supereroi", "super-héros", "superhéros",
                      "super-héroes", "super-eroi"), "superheroes"),
    **dict.fromkeys(("colegio", "escuela", "escola", "école", "scuola"), "school"),
    **dict.fromkeys(("presupuesto", "orçamento", "orcamento"), "budget"),
    **dict.fromkeys(("doblada", "doblado", "dublada", "dublado"), "dubbed"),
    **dict.fromkeys(("franquicia", "franquia", "franchigia"), "franchise"),
    **dict.fromkeys(("género", "genero", "gênero", "genere"), "genre"),
    "fecha": "date", "fracaso": "flop",
}
# A learner's question in Spanish or Portuguese, in its most common forms ("quién dirige?", "de qué trata la
# película?", "boyd holbrook tambem?"), read in any message. Phrases come before the words they hold.
QUESTION_WORDS = {
    **dict.fromkeys((
        "de qué trata la película", "de que trata la pelicula", "de qué trata la peli", "de que trata la peli",
        "de que trata o filme", "sobre o que é o filme", "sobre o que e o filme",
    ), "what is the film about"),
    **dict.fromkeys(("de qué trata", "de que trata", "sobre qué es", "sobre que es"), "what is it about"),
    **dict.fromkeys(("quién dirige", "quien dirige", "quem dirige"), "who directs"),
    **dict.fromkeys(("quién dirigió", "quien dirigio", "quem dirigiu"), "who directed"),
    **dict.fromkeys(("es una", "é um", "e um"), "is it a"),
    **dict.fromkeys(("negocio de familia", "negocio familiar", "negócio de família", "negocio de família"),
                    "family affair"),
    **dict.fromkeys(("también", "tambien", "também", "tambem"), "too"),
    **dict.fromkeys(("quién", "quien", "quem"), "who"),
    **dict.fromkeys(("cuándo", "cuando", "quando"), "when"),
    **dict.fromkeys(("dónde", "donde", "onde"), "where"),
    "peli": "film",
}

# Function words of Spanish, Portuguese, French and Italian that English never uses: two in a message and it is read
# word for word ("los adultos del cast la pasaron bien?"). Words English shares ("no", "do", "a", "as", "son", "come")
# and names' particles ("El" of "El Mariachi", capitalised) do not count.
_MARKERS = frozenset({
    # Spanish
    "que", "qué", "por", "para", "con", "una", "los", "las", "del", "es", "está", "pero", "muy", "más", "cuando",
    "cuándo", "donde", "dónde", "quien", "quién", "cual", "cuál", "cuanto", "cuánto", "cuantos", "cuántos", "cuantas",
    "cuántas", "cómo", "como", "tiene", "dijo", "porque", "mis", "eso", "esto", "esa", "ese",
    "este", "de", "la", "en", "se", "lo", "también", "tambien", "hijos", "otra", "otro", "ver", "gusta", "quiere",
    "hace", "puede", "pueden", "tienen", "actua", "actuan", "ahi", "entonces", "hola", "xq", "pa",
    # Portuguese
    "o", "os", "da", "dos", "das", "em", "uma", "é", "tá", "pq", "qual", "quem", "quando", "onde", "não",
    "nao", "tem", "foi", "vai", "ele", "ela", "isso", "essa", "esse", "mais", "muito", "tão", "também", "tambem",
    "quanto", "quantos", "tb", "tbm", "né", "qnd", "qdo", "deles", "dele", "dela", "esses", "essas", "pelo", "pela",
    "pra", "sobre", "filhos",
    # French
    "quoi", "où", "pourquoi", "combien", "quel", "quelle", "est-ce", "c'est", "les", "du", "des", "dans", "avec",
    "pour", "et", "il", "elle", "ils", "qui", "le", "quand", "au", "aux", "une", "sont", "aussi", "ces", "dedans",
    "mdr", "leur", "leurs", "ou", "joue", "jouent", "c'è", "tutti", "ogni", "quale", "quelli", "hanno", "nesse",
    "nessa", "neste", "nesta", "nestes", "nesses", "msm", "kkk", "já", "até", "lui", "li", "mai", "sito", "aveva",
    "parlato", "c'entra", "e", "dopo", "che", "ci", "sta", "sti", "mesma", "mesmo", "coisa", "¿", "¡", "faire",
    "fait", "merci", "vc", "oq", "pk", "xké", "xke", "xk", "cmq", "koi", "mtn", "jsp", "slt", "cmt", "porq", "tmb",
    # Italian
    "chi", "perché", "perche", "quanti", "di", "nel", "nella", "della", "è", "sono", "anche", "cosa", "gli", "questo",
    "questa", "dei", "degli", "ma",
    "era",  # "was" in three of them: "il completion rate era alto?"
})
# Phrases, read before the words they hold. Questions first, then what a film's talk says in them.
_PHRASES = {
    # a plan judged, and what a work will have: "c'est-tu une bonne idée", "la casa de papel va avoir une suite"
    **dict.fromkeys(("bonne idée", "bonne idee", "buena idea", "boa ideia", "boa idéia", "buona idea"), "good idea"),
    **dict.fromkeys(("mauvaise idée", "mauvaise idee", "mala idea", "má ideia", "ma ideia", "cattiva idea"),
                    "bad idea"),
    "va avoir": "will have",
    # Italian "how does", "exactly", and "ci" standing for what is talked of: "come fa netflix a sapere", "ci saranno
    # sharkboy e lavagirl nel 2?", "il sequel ci sta lavorando lui?"
    "come fa": "how does", "come fanno": "how do", "di preciso": "exactly",
    **dict.fromkeys(("che intende", "cosa intende", "che vuol dire", "cosa vuol dire"), "what does he mean"),
    # French "has had" and "the same kind of": "Spy Kids a eu le même genre de succès chez les gamins ?"
    "a eu": "had", "ont eu": "had", **dict.fromkeys(("le même genre de", "le meme genre de"), "the same kind of"),
    **dict.fromkeys(("ci saranno", "ci sarà", "ci sara"), "will there be"), "ci sta lavorando": "is working on it",
    # what it is about
    **dict.fromkeys(("de qué se trata", "de que se trata", "de qué va", "de que va", "de qué es", "de que es",
                     "do que se trata", "do que trata", "sobre o que é", "sobre o que e", "do que é", "do que e",
                     "di cosa parla", "de quoi parle", "de quoi ça parle", "de quoi ca parle"),
                    "what is it about"),
    **dict.fromkeys(("por qué", "por que", "porqué", "por quê", "pour quoi", "porque é que", "porque e que"), "why"),
    **dict.fromkeys(("que tiene que ver", "que tem a ver", "tiene que ver",
                     "tem a ver", "a voir"), "what does it have to do"),
    **dict.fromkeys(("quién más", "quien más", "quien mas", "quem mais", "qui d'autre", "chi altro"), "who else"),
    **dict.fromkeys(("cuándo sale", "cuando sale", "cuándo se estrena", "cuando se estrena", "quando sai",
                     "quando estreia", "quando lança", "quando lanca", "quand sort", "quando esce"),
                    "when will come out"),  # (not "it": "quando sai a nova temporada de stranger things")
    **dict.fromkeys(("a qué edad", "a que edad", "para qué edad", "para que edad", "para qual idade",
                     "para que idade", "para que idades", "para quais idades"), "for what age"),
    **dict.fromkeys(("cuánto tiempo", "cuanto tiempo", "quanto tempo", "combien de temps"), "how long"),
    **dict.fromkeys(("lo que", "o que", "ce que", "qu'est-ce que", "qu'est ce que", "che cosa"), "what"),
    **dict.fromkeys(("est-ce que", "est ce que"), ""),
    **dict.fromkeys(("vai ter", "va y avoir"), "will there be"),
    **dict.fromkeys(("va a", "vai", "van a", "vão"), "will"),
    **dict.fromkeys(("hay otra", "habrá otra", "habra otra"), "is there another"),
    **dict.fromkeys(("sale en", "aparece en", "sai no", "sai na"), "is in"),
    # the films
    **dict.fromkeys(("la primera película", "la primera pelicula", "la primera peli", "o primeiro filme",
                     "le premier film", "il primo film", "el primer film"), "the first film"),
    **dict.fromkeys(("pour lui", "para él", "pra ele", "para ele", "per lui"), "to him"),
    **dict.fromkeys(("foi sucesso", "foi um sucesso", "fue un éxito", "fue un exito", "a été un succès"),
                    "was a success"),
    **dict.fromkeys(("mesmo?", "de verdad?", "en serio?", "vraiment?", "davvero?"), "really?"),
    **dict.fromkeys(("la primera", "el primero", "la uno", "a primeira", "o primeiro", "le premier", "il primo", "le 1",
                     "el 1"),
                    "the first one"),
    **dict.fromkeys(("la segunda película", "la segunda pelicula", "la segunda peli", "el segundo film",
                     "o segundo filme", "le deuxième film", "le deuxieme film", "il secondo film"), "the sequel"),
    **dict.fromkeys(("la segunda", "el segundo", "la dos", "la 2", "el 2", "le 2", "il 2", "a segunda", "o segundo",
                     "o 2", "le deuxième", "le deuxieme", "il secondo"), "the sequel"),
    **dict.fromkeys(("no filme", "na série", "en la peli", "en la película", "en la pelicula", "en la movie",
                     "dans le film", "nel film"), "in the film"),
    **dict.fromkeys(("fecha de estreno", "fecha de salida", "data de lançamento", "data de lancamento",
                     "data de estreia", "date de sortie", "data di uscita"), "release date"),
    **dict.fromkeys(("fin de semana", "fim de semana", "week-end"), "weekend"),
    **dict.fromkeys(("mais assistido", "mais vistos", "mais visto", "más visto", "más vista", "mas visto",
                     "plus regardé", "più visto"), "most watched"),
    **dict.fromkeys(("sin internet", "sem internet", "sans internet", "senza internet"), "offline"),
    **dict.fromkeys(("comment on", "como se", "come si"), "how do you"),
    **dict.fromkeys(("on peut", "se puede", "se pueden", "dá pra", "da pra", "si può"), "can you"),
    **dict.fromkeys(("quienes actuan", "quiénes actúan", "quienes actúan", "quién actúa", "quien actua", "quem atua",
                     "quem atua nele", "qui joue dedans", "chi recita"), "who is in the cast"),
    **dict.fromkeys(("gira de prensa", "gira de medios", "turnê de imprensa", "tournée de presse", "tournée promo"),
                    "press tour"),
    **dict.fromkeys(("sur fond vert", "en pantalla verde", "com fundo verde"), "on green screen"),
    **dict.fromkeys(("es malo que", "é ruim que", "e ruim que", "c'est mauvais que", "è male che"), "is it bad that"),
    **dict.fromkeys(("fondo verde", "fundo verde", "fond vert", "sfondo verde", "pantalla verde", "tela verde"),
                    "green screen"),
    **dict.fromkeys(("c quoi", "c'est quoi", "cest quoi"), "what is"),
    **dict.fromkeys(("c'est quel", "c'est quelle", "cest quel", "cest quelle"), "what"),  # "c'est quel genre?"
    **dict.fromkeys(("año que viene", "ano que vem", "el próximo año", "el proximo año", "el proximo ano",
                     "próximo ano", "proximo ano", "l'année prochaine", "l'annee prochaine", "l'anno prossimo"),
                    "next year"),
    **dict.fromkeys(("todos los días", "todos los dias", "todo el día", "todo el dia", "todos os dias", "todo dia",
                     "tous les jours", "ogni giorno", "tutti i giorni"), "every day"),
    **dict.fromkeys(("la pasaron bien", "lo pasaron bien", "se divirtieron", "se divertiram", "passaram bem",
                     "se sont amusés", "se sont amuses", "si sono divertiti"), "had a great time"),
    **dict.fromkeys(("cuenta como", "conta como", "compte comme", "conta come"), "counts as"),
    **dict.fromkeys(("lo miden", "o medem", "le mesurent"), "measure it"),
    **dict.fromkeys(("tasa de", "taxa de", "taux de", "tasso di"), "rate of"),
    **dict.fromkeys(("il y a", "y a-t-il"), "there is"),
    # elided before a pronoun: "l'histoire qu'il raconte"
    **dict.fromkeys(("qu'il",), "that he"),
    **dict.fromkeys(("qu'ils",), "that they"),
    **dict.fromkeys(("qu'elle",), "that she"),
    **dict.fromkeys(("s'il",), "if he"),
    **dict.fromkeys(("cos'è", "cos'e"), "what is"),
    **dict.fromkeys(("d'après lui", "d'apres lui"), "according to him"),
    **dict.fromkeys(("d'après", "d'apres"), "according to"),
    **dict.fromkeys(("il y a des", "y a-t-il des", "est-ce qu'il y a des", "ci sono dei", "ci sono delle",
                     "ci sono degli"), "are there"),
    # an article or a pronoun joined to its verb: "j'ai peur", "t'es quel bot", "chi l'ha diretto"
    **dict.fromkeys(("j'ai",), "i have"),
    **dict.fromkeys(("t'as",), "you have"),
    **dict.fromkeys(("t'es",), "you are"),
    **dict.fromkeys(("n'est",), "is not"),
    **dict.fromkeys(("l'ha", "l'hanno"), "has it"),
    **dict.fromkeys(("c'era", "c'erano"), "there was"),
    # one's favourite, as these languages put it: "qual è il tuo preferito?"
    **dict.fromkeys(("il tuo preferito", "la tua preferita", "tu favorito", "tu favorita", "ton préféré",
                     "ta préférée", "o teu favorito", "o seu favorito", "teu favorito", "seu favorito",
                     "tuo preferito"),
                    "your favourite"),
    **dict.fromkeys(("il est", "elle est"), "it is"),
    **dict.fromkeys(("di che parla", "di cosa parla il film", "di che parla il film"), "what is it about"),
    # what a thing is, in general (not "is it a...?": "o que é um VCR?")
    **dict.fromkeys(("o que é um", "o que é uma", "o que e um", "qué es un", "qué es una", "que es un", "que es una",
                     "qu'est-ce qu'un", "qu'est-ce qu'une", "c'est quoi un", "c'est quoi une", "cos'è un", "cos'è una",
                     "che cos'è un"), "what is a"),
    **dict.fromkeys(("le afecta", "eso afecta", "eso le afecta", "isso afeta", "ça affecte", "questo influisce"),
                    "does it affect"),
    **dict.fromkeys(("in breve", "en bref", "en resumen", "em resumo", "resumindo"), "in short"),
    **dict.fromkeys(("sta lavorando", "stanno lavorando"), "is working"),
    **dict.fromkeys(("l'ha detto", "lo ha detto", "l'a dit", "lo dijo", "o disse"), "said it"),
    **dict.fromkeys(("con chi", "avec qui", "con quién", "con quien", "com quem"), "with whom"),
    **dict.fromkeys(("au juste", "exactement"), "exactly"),
    **dict.fromkeys(("ci sta", "c'è anche", "ci sono"), "is in it"),
    **dict.fromkeys(("combien de", "quanti di"), "how many"),
    **dict.fromkeys(("les engancha", "le engancha", "engancha a"), "hooks"),
    **dict.fromkeys(("lo fa", "lo hace", "o faz", "le fait"), "does it"),
    **dict.fromkeys(("já feito", "ja feito", "jamás hecho", "jamas hecho", "jamais fait", "mai fatto"), "ever made"),
    **dict.fromkeys(("história do cinema", "historia do cinema", "historia del cine", "histoire du cinéma",
                     "storia del cinema"), "film history"),
    **dict.fromkeys(("fin de semana de estreno", "fim de semana de estreia", "week-end de sortie",
                     "weekend di apertura"), "opening weekend"),
    **dict.fromkeys(("todas las edades", "todas as idades", "tous les âges", "tutte le età"), "all ages"),
    **dict.fromkeys(("son importantes", "é importante", "son importants", "sono importanti"), "matter"),
    **dict.fromkeys(("algo de", "algo sobre", "quelque chose sur", "qualcosa su"), "something about"),
    **dict.fromkeys(("qué bolá", "que bola", "que onda", "qué onda"), "hey"),
    **dict.fromkeys(("en general", "em geral", "in generale", "en moyenne", "en promedio", "em média", "em media",
                     "in media", "en général"), "in general"),
    **dict.fromkeys(("tu peux", "tu pourrais", "vous pouvez", "você pode", "voce pode"), "can you"),
    **dict.fromkeys(("je dois", "devo", "debo", "dovrei"), "should i"),
    **dict.fromkeys(("dar entrevista", "dar entrevistas", "donner des interviews"), "give interviews"),
    **dict.fromkeys(("mais caro", "más caro", "plus cher", "più costoso"), "most expensive"),
    **dict.fromkeys(("long métrage", "long-métrage", "largometraje", "longa-metragem", "lungometraggio"),
                    "feature film"),
    **dict.fromkeys(("dessin animé", "dessins animés", "dibujos animados", "desenho animado", "desenhos animados",
                     "cartoni animati", "cartoni"), "cartoons"),
    **dict.fromkeys(("à leur âge", "a su edad", "na idade deles", "alla loro età"), "at their age"),
    **dict.fromkeys(("va a costar", "vai custar", "va coûter", "costerà"), "will cost"),
    **dict.fromkeys(("qué tal", "que tal", "e aí", "et alors"), "how is it"),
    **dict.fromkeys(("más fuerte", "mas fuerte", "mais forte", "plus fort", "più forte", "más poderoso",
                     "mais poderoso", "plus puissant", "più potente"), "strongest"),
    **dict.fromkeys(("satisfacción creativa", "satisfaccion creativa", "satisfação criativa", "satisfacao criativa",
                     "satisfaction créative", "soddisfazione creativa", "realización creativa"),
                    "creative fulfillment"),
    **dict.fromkeys(("le dan", "le da", "lhe dão", "lui donnent", "gli danno"), "give him"),
    **dict.fromkeys(("la segunda parte", "a segunda parte", "la deuxième partie", "la seconda parte"), "the sequel"),
    **dict.fromkeys(("cómo se llaman", "como se llaman", "como se chamam", "comment s'appellent", "come si chiamano"),
                    "what are the names of"),
    **dict.fromkeys(("cómo se llama", "como se llama", "como se chama", "comment s'appelle", "come si chiama"),
                    "what is the name of"),
    **dict.fromkeys(("ficaram surpresos", "se sorprendieron", "ont été surpris", "sono rimasti sorpresi"),
                    "were surprised"),
    **dict.fromkeys(("mesma coisa", "misma cosa", "même chose", "stessa cosa"), "the same thing"),
    **dict.fromkeys(("não percebi", "nao percebi", "não percebo"), "i don't understand"),
    **dict.fromkeys(("il discorso del", "il discorso sul"), "the talk about"),
    **dict.fromkeys(("non conta niente", "no cuenta nada", "não conta nada", "ça compte pas"), "does not count"),
    **dict.fromkeys(("est-ce qu'on peut", "est-ce qu'on", "qu'on peut"), "can you"),
    **dict.fromkeys(("a bien marché", "a marché", "bien marché", "deu certo", "funcionó bien", "è andato bene"),
                    "did well"),
    **dict.fromkeys(("la mejor vida", "a melhor vida", "la meilleure vie", "la vita migliore"), "the best life"),
    **dict.fromkeys(("vai mesmo haver", "va a haber de verdad", "y aura vraiment"), "will there really be"),
    **dict.fromkeys(("um 2", "una 2", "un 2"), "a sequel"),
    **dict.fromkeys(("sur quelle plateforme", "en qué plataforma", "em qual plataforma", "su quale piattaforma"),
                    "on which platform"),
    **dict.fromkeys(("atores mirins", "actores infantiles", "actores niños", "enfants acteurs", "attori bambini"),
                    "child actors"),
    **dict.fromkeys(("ator mirim", "atriz mirim", "actor infantil", "enfant acteur", "attore bambino"), "child actor"),
    **dict.fromkeys(("quanto ganha", "quanto ganham", "cuánto gana", "cuanto gana", "cuánto ganan", "cuanto ganan",
                     "combien gagne", "combien gagnent", "quanto guadagna", "quanto guadagnano"), "how much does earn"),
    **dict.fromkeys(("prima di", "antes de"), "before"),
    **dict.fromkeys(("cuál es", "cual es", "qual é", "qual e", "quel est", "quelle est", "qual è", "qual'è", "qual e'"),
                    "what is"),
    **dict.fromkeys(("il y aura", "y aura-t-il", "va a haber", "vai haver", "ci sarà", "ci sara"), "will there be"),
    **dict.fromkeys(("il dit quoi", "il a dit quoi", "qu'est-ce qu'il dit", "qu'est-ce qu'il a dit"),
                    "what does he say"),
    **dict.fromkeys(("sur le fait de", "sobre o fato de", "sobre el hecho de"), "about"),
    **dict.fromkeys(("il était comment", "c'était comment", "era como", "como foi", "como fue", "com'era"),
                    "how was it"),
    **dict.fromkeys(("li ha visti", "l'ha visto", "l'ha vista", "los vio", "las vio", "os viu", "les a vus"),
                    "saw them"),
    **dict.fromkeys(("che c'entra", "c'entra", "qu'est-ce que ça a à voir", "o que tem a ver", "qué tiene que ver"),
                    "what does it have to do with it"),
    **dict.fromkeys(("a réagi", "a reagi", "reagiu", "reaccionó", "reacciono", "ha reagito"), "reacted"),
    **dict.fromkeys(("au total", "no total", "en total", "in totale"), "in total"),
    **dict.fromkeys(("até hoje", "hasta hoy", "jusqu'à aujourd'hui", "ancora oggi"), "to this day"),
    **dict.fromkeys(("continuam a ver", "continuent de regarder", "continuano a guardare"), "keep watching"),
    **dict.fromkeys(("está a trabalhar", "esta a trabalhar", "está trabalhando", "esta trabalhando"), "is working"),
    **dict.fromkeys(("trabajando en", "trabalhando em", "trabalhando no", "trabalhando na", "travaille sur",
                     "lavorando a", "lavorando al"), "working on"),
    **dict.fromkeys(("segundo ele", "segundo ela", "según él", "selon lui", "secondo lui"),
                    "according to him"),
    **dict.fromkeys(("o que é que", "o que e que"), "what is it that"),
    **dict.fromkeys(("no 2", "na 2", "nel 2", "dans le 2"), "in the sequel"),
    **dict.fromkeys(("del 2", "de la 2", "da 2", "do 2", "du 2", "della 2", "del secondo"), "of the sequel"),
    **dict.fromkeys(("di cosa", "de quoi", "de qué", "do quê"), "about what"),
    **dict.fromkeys(("lo chiamano", "la chiamano", "le llaman", "lo llaman", "la llaman", "o chamam", "a chamam",
                     "l'appellent"), "call it"),
    # (its subject after it: "di cosa parlerà il sequel?")
    **dict.fromkeys(("de que se va a tratar", "de qué se va a tratar", "de que va a tratar", "de qué va a tratar",
                     "de que vai ser",
                     "do que vai tratar", "de quoi va parler", "di cosa parlerà", "di cosa parlera", "de quoi parlera",
                     "de qué tratará", "de que tratara", "sobre o que vai ser"), "what will it be about,"),
    **dict.fromkeys(("no para", "no paran", "não para", "nao para", "não param", "arrête pas", "arrêtent pas",
                     "arrete pas", "arretent pas"), "does not stop"),
    **dict.fromkeys(("todos los años", "todos os anos", "tous les ans", "ogni anno"), "every year"),
    **dict.fromkeys(("se la pongo", "se lo pongo", "le pongo", "ponerle", "pongo"), "put it on"),
    **dict.fromkeys(("a veces", "às vezes", "as vezes", "parfois"), "sometimes"),
    **dict.fromkeys(("hay pelis", "hay películas", "hay peliculas", "tem filmes", "há filmes", "il y a des films",
                     "ci sono film"), "are there films"),
    **dict.fromkeys(("titulo de la noticia", "título de la noticia", "titulo del articulo", "título del artículo",
                     "titulo da noticia", "título da notícia", "titulo do artigo", "título do artigo",
                     "titre de l'article", "titolo dell'articolo", "gros titre", "grand titre"), "headline"),
    **dict.fromkeys(("más oscuras", "mas oscuras", "más oscuros", "mas oscuros", "mais escuros", "mais sombrios",
                     "plus sombres", "più oscuri", "più cupi", "più cupo", "più cupa", "più cupe"), "darker"),
    **dict.fromkeys(("en esta", "en este", "nesta", "neste", "in questo"), "in this one"),
    **dict.fromkeys(("ordem certa", "orden correcto", "orden correcta", "bon ordre", "ordine giusto"), "right order"),
    **dict.fromkeys(("control parental", "controle parental", "contrôle parental"), "parental controls"),
    **dict.fromkeys(("classificação indicativa", "classificacao indicativa", "clasificación por edad",
                     "clasificacion por edad", "classification par âge", "classificazione per età",
                     "classificação etária", "classificacao etaria"), "age rating"),
    **dict.fromkeys(("est sorti", "est sortie", "é uscito", "è uscito"), "came out"),
    **dict.fromkeys(("en quelle année", "em que ano", "en qué año", "en que año", "in che anno"), "in what year"),
    **dict.fromkeys(("en boucle", "sem parar", "sin parar", "a ripetizione"), "on repeat"),
    **dict.fromkeys(("à cause de", "a cause de", "por causa de", "a causa di"), "because of"),
    **dict.fromkeys(("gosta de", "gostam de"), "likes"),
    **dict.fromkeys(("dava pra", "dava para", "daba para"), "could"),
    **dict.fromkeys(("ficou feliz", "ficaram felizes", "ficou contente"), "was happy"),
    **dict.fromkeys(("a vu", "a vist"), "saw"),
    **dict.fromkeys(("sabes se", "sabe se", "você sabe se", "voce sabe se", "tu sais si"), "do you know if"),
    **dict.fromkeys(("tiene que", "tem que"), "has to"),
    **dict.fromkeys(("tienen que", "têm que", "tengo que", "tenho que"), "have to"),
    **dict.fromkeys(("director de cine", "directora de cine", "diretor de cinema", "réalisateur de cinéma",
                     "regista di cinema"), "film director"),
    **dict.fromkeys(("joue dedans", "est dedans", "est dans le film"), "is in it"),
    **dict.fromkeys(("parla di", "parle de", "fala de", "fala sobre", "habla de"), "talks about"),
    **dict.fromkeys(("he visto", "han visto", "has visto", "hemos visto", "ha visto"), "have seen"),
    **dict.fromkeys(("la he visto", "lo he visto", "la han visto", "la has visto", "la hemos visto"), "have seen it"),
    **dict.fromkeys(("hace mucho", "faz tempo", "il y a longtemps"), "long ago"),
    **dict.fromkeys(("hace poco", "há pouco", "ha poco"), "recently"),
    **dict.fromkeys(("a qué hora", "a que hora", "que horas", "à quelle heure", "a che ora"), "at what time"),
    **dict.fromkeys(("tanto como", "tanto quanto", "autant que"), "as much as"),
    **dict.fromkeys(("más o menos", "mas o menos", "mais ou menos", "plus ou moins", "più o meno"), "roughly"),
    **dict.fromkeys(("con ganas de", "con ganas", "com vontade de", "a fim de"), "eager for"),
    **dict.fromkeys(("le importan", "le importa", "les importa", "les importan"), "does he care about"),
    **dict.fromkeys(("le gusta", "le gustan", "le gustó", "le gusto", "gli piace", "gli piacciono"), "does he like"),
    **dict.fromkeys(("les gusta", "les gustan", "les gustó", "les gusto"), "do they like"),
    **dict.fromkeys(("se filmó", "se filmo", "se grabó", "se grabo", "se rodó", "se rodo", "foi filmado", "foi gravado",
                     "a été tourné", "è stato girato"), "was filmed"),
    **dict.fromkeys(("dinero ganó", "ganó dinero", "dinero hizo", "dinheiro fez", "dinheiro ganhou"), "money made"),
    **dict.fromkeys(("siguen viendo", "sigue viendo", "continúan viendo", "continuam assistindo", "continuam vendo"),
                    "keep watching"),
    **dict.fromkeys(("no entendí", "no entendi", "no entiendo", "não entendi", "nao entendi", "je comprends pas",
                     "non ho capito"), "i don't understand"),
    **dict.fromkeys(("no más", "nomás", "nomas"), "only"),
    **dict.fromkeys(("la nueva de", "el nuevo de", "o novo de", "a nova de"), "the new"),
    **dict.fromkeys(("recomiéndame", "recomiendame", "recomendame", "recomenda-me", "recomende", "me recomiendas",
                     "me recomendas", "me recomienda"), "recommend me"),
}
# A word read by its place: first in a sentence, "que" asks what and "como" how; elsewhere they join and compare.
_AT_START = {
    **dict.fromkeys(("que", "qué", "quê", "quoi", "cosa"), "what"),
    **dict.fromkeys(("como", "cómo", "comment"), "how"),
}
# A sentence opening on "is" asks of the subject these languages drop: "es malo que los niños...?", one opening on
# "porque" asks why, and one opening on "sale" whether someone is in it ("¿Sale Priyanka Chopra?"); not after a
# comma, where the subject comes before ("mio figlio guarda la TV, è un problema?") and "porque" is because.
_OPENINGS = {"es": "is it", "é": "is it", "è": "is it", "porque": "why", "porquê": "why", "sale": "appears",
             "aparece": "appears"}
_OPENING = re.compile(r"(?:^|(?<=[?.!¿¡]))(\s*)(" + "|".join(_OPENINGS) + r")(?![\w'])", re.IGNORECASE)
_WORDS = {
    # question words
    **dict.fromkeys(("qué", "quê", "quoi"), "what"),
    **dict.fromkeys(("cómo", "comment"), "how"),
    "como": "like", "que": "that", "porque": "because",
    **dict.fromkeys(("cuál", "cual", "cuáles", "cuales", "qual", "quais", "quel", "quelle", "quels", "quale"), "which"),
    **dict.fromkeys(("cuántos", "cuantos", "cuántas", "cuantas", "quantos", "quantas", "combien", "quanti", "quante"),
                    "how many"),
    **dict.fromkeys(("cuánto", "cuanto", "quanto", "quanta"), "how much"),
    **dict.fromkeys(("pq", "pourquoi", "perché", "perche"), "why"),
    **dict.fromkeys(("quand", "qndo"), "when"),
    **dict.fromkeys(("où",), "where"),
    **dict.fromkeys(("qui", "chi"), "who"),
    # being, having, saying, wanting
    **dict.fromkeys(("es", "está", "tá", "é", "è", "est", "c'est"), "is"),
    # (where it is to watch, its "it" said: "c'est dispo sur quelle plateforme?")
    **dict.fromkeys(("c'est dispo", "c'est disponible", "elle est dispo", "il est dispo"), "it is available"),
    **dict.fromkeys(("son", "están", "estan", "estás", "são", "sao", "sont", "sono"), "are"),
    **dict.fromkeys(("ser", "estar", "être", "etre", "essere"), "be"),
    **dict.fromkeys(("era", "fue", "foi", "était", "etait"), "was"),
    **dict.fromkeys(("será", "sera", "habrá", "habra"), "will be"),
    **dict.fromkeys(("hay", "tem", "há", "c'è"), "there is"),
    **dict.fromkeys(("tiene", "tienen", "têm", "ter"), "has"),
    **dict.fromkeys(("tuvo", "tuvieron", "teve", "tiveram"), "had"),
    **dict.fromkeys(("dijo", "dijeron", "disse", "disseram", "falou", "dit", "detto", "ha detto"), "said"),
    **dict.fromkeys(("dice", "dicen", "diz", "dizem", "fala", "dicono"), "says"),
    **dict.fromkeys(("hablar", "habló", "hablo", "falar", "parler", "parlare", "parlé", "parle"), "talk"),
    **dict.fromkeys(("sabe", "saben", "sait"), "knows"),
    **dict.fromkeys(("empieza", "empiezan", "comienza", "comienzan", "empezar", "começa", "comecam", "começam",
                     "começar", "comecar", "commence", "inizia", "iniziano"), "begins"),
    **dict.fromkeys(("termina", "terminan", "terminar", "acaba", "finit", "finisce"), "ends"),
    **dict.fromkeys(("gusta", "gustan", "gosta", "gostam", "aime", "aiment", "piace", "piacciono"), "like"),
    **dict.fromkeys(("encanta", "encantan", "adora", "adoram", "adorent", "adorano"), "love"),
    **dict.fromkeys(("trabajando", "trabalhando", "lavorando"), "working"),
    **dict.fromkeys(("trabajan", "trabaja", "trabalham", "trabalha", "travaillent", "travaille", "bosse", "bossent",
                     "lavorano", "lavora"), "work"),
    **dict.fromkeys(("salen", "aparece", "aparecen", "actúa", "actua", "atua", "recita", "actuan", "actúan",
                     "atuam"), "appears"),
    **dict.fromkeys(("joue", "jouent", "interpreta", "interpretan"), "plays"),
    **dict.fromkeys(("sale", "sai", "sort", "esce", "salir", "sair", "sortir", "uscire"), "come out"),
    **dict.fromkeys(("puedo", "puedes", "puede", "pueden", "podemos", "posso", "pode", "podem", "peux", "peut",
                     "puoi", "può", "puo", "consegue", "consigues", "consegues", "arrives"), "can"),
    **dict.fromkeys(("decir", "dizer", "dire", "contar"), "tell"),
    **dict.fromkeys(("podría", "podria", "podrían", "podrian", "poderia", "pourrait", "potrebbe", "podía", "podia",
                     "podían", "podian"), "could"),
    **dict.fromkeys(("había", "habia", "havia", "avait", "aveva"), "had"),
    **dict.fromkeys(("importa", "importan", "importe", "importano"), "matters"),
    **dict.fromkeys(("siguen", "sigue", "continúa", "continua", "continuam"), "still"),
    **dict.fromkeys(("paso", "pasó", "passou", "passé"), "happened"),
    **dict.fromkeys(("entiendo", "entendí", "entendi", "comprends", "capito"), "understand"),
    # people
    **dict.fromkeys(("hijos", "hijas", "niño", "niña", "chicos", "filhos", "filhas", "criança", "crianca", "enfant",
                     "figli", "bambino", "bambina"), "kids"),
    **dict.fromkeys(("hijo", "filho", "fils", "figlio"), "son"),
    **dict.fromkeys(("hija", "filha", "fille", "figlia"), "daughter"),
    **dict.fromkeys(("padres", "papás", "papas", "pais", "genitori"), "parents"),
    **dict.fromkeys(("adultos", "adultes", "adulti"), "adults"),
    **dict.fromkeys(("actores", "atores", "acteurs", "attori"), "actors"),
    **dict.fromkeys(("actrices", "atrizes", "attrici"), "actresses"),
    **dict.fromkeys(("ator", "acteur", "attore"), "actor"),
    **dict.fromkeys(("actriz", "atriz", "actrice", "attrice"), "actress"),
    **dict.fromkeys(("gente", "gens", "personas", "pessoas", "personnes", "persone"), "people"),
    # kids, as each country says it
    **dict.fromkeys(("chamacos", "chavos", "pibes", "chibolos", "chamos", "cabros", "morros", "escuincles",
                     "gurizada", "miúdos", "miudos", "gamins", "gosses", "ragazzini"), "kids"),
    **dict.fromkeys(("alguien", "alguém", "alguem", "quelqu'un", "qualcuno"), "anyone"),
    **dict.fromkeys(("vos", "usted", "ustedes", "você", "voce", "vocês", "voces"), "you"),
    **dict.fromkeys(("quienes", "quiénes"), "who"),
    **dict.fromkeys(("familia", "família", "famille", "famiglia"), "family"),
    # the news and its figures
    **dict.fromkeys(("entrevista", "entrevue", "intervista"), "interview"),
    **dict.fromkeys(("artículo", "articulo", "artigo", "articolo"), "article"),
    **dict.fromkeys(("noticia", "noticias", "notícia", "notícias", "nouvelles", "notizia", "notizie"),
                    "news"),
    **dict.fromkeys(("título", "titulo", "titre", "titolo"), "title"),
    **dict.fromkeys(("titular", "titulares", "manchete", "titolone"), "headline"),
    **dict.fromkeys(("nota",), "article"),
    **dict.fromkeys(("datos", "dados", "données", "donnees", "dati"), "data"),
    **dict.fromkeys(("exactos", "exactas", "exatos", "exatas", "exacts", "esatti"), "exact"),
    **dict.fromkeys(("públicos", "publicos", "públicas", "publicas", "público", "publico", "publics", "pubblici"),
                    "public"),
    **dict.fromkeys(("moda", "mode"), "trend"),
    **dict.fromkeys(("hora", "horas", "heure"), "time"),
    **dict.fromkeys(("según", "segun", "segundo rodriguez"), "according to"),
    **dict.fromkeys(("algo", "qualcosa"), "something"),
    **dict.fromkeys(("así", "asi", "assim", "ainsi"), "like this"),
    **dict.fromkeys(("igual", "pareil", "uguale"), "the same"),
    **dict.fromkeys(("ganas", "vontade", "envie", "voglia"), "eager"),
    **dict.fromkeys(("mejor", "melhor", "meilleur", "meilleure", "migliore"), "best"),
    **dict.fromkeys(("minutos", "minuti"), "minutes"),
    **dict.fromkeys(("razón", "razon", "razão", "razao", "motivo", "raison", "ragione"), "reason"),
    **dict.fromkeys(("números", "numeros", "chiffres", "numeri"), "numbers"),
    **dict.fromkeys(("vistas", "visualizaciones", "visualizações", "visualizacoes", "vues"), "views"),
    **dict.fromkeys(("éxito", "exito", "sucesso", "succès", "succes", "successo"), "success"),
    **dict.fromkeys(("semana", "semaine", "settimana"), "week"),
    **dict.fromkeys(("año", "ano", "année", "annee", "anno"), "year"),
    **dict.fromkeys(("próximo", "proximo", "prochain", "prochaine", "prossimo"), "next"),
    **dict.fromkeys(("primero", "primera", "primeiro", "primeira", "premier", "primo", "prima"), "first"),
    **dict.fromkeys(("segundo", "segunda", "deuxième", "deuxieme", "seconda", "secondo"), "second"),
    **dict.fromkeys(("sequência", "sequencia", "suite", "sequel"), "sequel"),
    **dict.fromkeys(("casa", "maison"), "home"),
    **dict.fromkeys(("historia", "história", "histoire", "storia"), "story"),
    **dict.fromkeys(("trama", "enredo", "intrigue"), "plot"),
    **dict.fromkeys(("parte", "partie"), "part"),
    **dict.fromkeys(("temporada", "saison", "stagione"), "season"),
    **dict.fromkeys(("temporadas", "saisons", "stagioni"), "seasons"),
    **dict.fromkeys(("serie", "série", "séries"), "series"),
    **dict.fromkeys(("lanzamiento", "lançamento", "lancamento", "sortie", "uscita"), "release"),
    **dict.fromkeys(("superhéroe", "super-herói", "super-heroi", "supereroe"), "superhero"),
    **dict.fromkeys(("poderes", "pouvoirs", "poteri"), "powers"),
    **dict.fromkeys(("mundo", "monde"), "world"),
    **dict.fromkeys(("tiempo", "tempo", "temps"), "time"),
    **dict.fromkeys(("veces", "vezes", "fois", "volte"), "times"),
    # what the article never gives, which must read as asked to be known unsaid
    **dict.fromkeys(("música", "musica", "musique"), "music"),
    **dict.fromkeys(("villano", "villana", "vilão", "vilao", "vilã", "méchant", "mechant", "cattivo"), "villain"),
    **dict.fromkeys(("villanos", "vilões", "viloes", "méchants", "cattivi"), "villains"),
    **dict.fromkeys(("personaje", "personagem", "personnage", "personaggio"), "character"),
    **dict.fromkeys(("personajes", "personagens", "personnages", "personaggi", "persos"), "characters"),
    **dict.fromkeys(("dura", "duración", "duracion", "duração", "duracao", "durée", "duree", "durata"), "runtime"),
    **dict.fromkeys(("cines", "cinema", "cinemas", "cinéma", "cinémas"), "theaters"),
    **dict.fromkeys(("solo", "sólo", "só", "seulement", "soltanto"), "only"),
    **dict.fromkeys(("edad", "idade", "âge", "età"), "age"),
    **dict.fromkeys(("favorita", "favorito", "favoritas", "favoritos", "préféré", "préférée", "preferito",
                     "preferita"), "favourite"),
    **dict.fromkeys(("recomiendas", "recomienda", "recomendar", "recomiendan", "recomenda", "recomendam",
                     "recommandes", "recommander", "consigli", "consigliare"), "recommend"),
    **dict.fromkeys(("recomendación", "recomendacion", "recomendação", "recomendacao", "recommandation",
                     "raccomandazione", "sugerencia", "sugestão", "sugestao"), "recommendation"),
    **dict.fromkeys(("recomendaciones", "recomendações", "recomendacoes", "recommandations", "raccomandazioni",
                     "sugerencias", "sugestões", "sugestoes"), "recommendations"),
    **dict.fromkeys(("opinas", "piensas", "crees", "achas", "penses", "pensi"), "think"),
    **dict.fromkeys(("dinero", "dinheiro", "argent", "soldi", "plata", "lana", "grana"), "money"),
    **dict.fromkeys(("ganó", "gano", "ganhou", "gagné", "vinto"), "won"),
    **dict.fromkeys(("mundial", "copa do mundo", "coupe du monde"), "world cup"),
    **dict.fromkeys(("taquilla", "bilheteria", "botteghino"), "box office"),
    **dict.fromkeys(("incassato", "recaudó", "recaudo", "arrecadou", "rapporté"), "grossed"),
    **dict.fromkeys(("costó", "costo", "custou", "coûté", "costato"), "cost"),
    **dict.fromkeys(("guion", "guión", "roteiro", "sceneggiatura"), "script"),
    **dict.fromkeys(("escribió", "escribio", "escreveu", "écrit", "scritto"), "wrote"),
    **dict.fromkeys(("premio", "premios", "prêmio", "prêmios", "prix"), "award"),
    **dict.fromkeys(("clasificación", "clasificacion", "classificação", "classificacao"), "rating"),
    # feelings
    **dict.fromkeys(("animada", "animado", "animados", "animadas", "emocionado", "emocionada", "emocionados",
                     "empolgada", "empolgado", "empolgados", "excité", "excités", "entusiasta", "entusiasti"),
                    "excited"),
    **dict.fromkeys(("contento", "contenta", "contente", "feliz", "felices", "felizes", "heureux", "felice"), "happy"),
    # the small words between them
    **dict.fromkeys(("el", "la", "los", "las", "lo", "os", "le", "les", "gli"), "the"),
    **dict.fromkeys(("un", "una", "um", "uma", "une", "uno"), "a"),
    **dict.fromkeys(("de", "di"), "of"),
    **dict.fromkeys(("del", "du", "da", "dos", "das", "della", "dello", "dei", "degli", "delle"), "of the"),
    **dict.fromkeys(("des",), "some"),  # (French "des films": films, some of them)
    **dict.fromkeys(("en", "em", "dans", "nel", "nella"), "in"),
    **dict.fromkeys(("con", "com", "avec"), "with"),
    **dict.fromkeys(("sem", "sans", "senza"), "without"),  # (not "sin": "Sin City")
    **dict.fromkeys(("para", "pour", "per", "por"), "for"),
    **dict.fromkeys(("sobre", "sur"), "about"),
    **dict.fromkeys(("y", "e", "et"), "and"),
    **dict.fromkeys(("pero", "ma"), "but"),
    **dict.fromkeys(("muy", "muito", "très", "molto"), "very"),
    **dict.fromkeys(("más", "più", "piu"), "more"),  # (not "plus": "disney plus")
    **dict.fromkeys(("tan", "tão", "tao"), "so"),
    **dict.fromkeys(("così", "cosi"), "like this"),
    **dict.fromkeys(("così tanto", "cosi tanto"), "so much"),
    **dict.fromkeys(("otra", "otro", "outra", "outro", "autre", "altro", "altra"), "another"),
    **dict.fromkeys(("mi", "mis", "meu", "meus", "minha", "minhas", "mon", "mio", "mia", "miei"), "my"),
    **dict.fromkeys(("tu", "tus", "teu", "tua", "ton", "tes", "tuo", "tuoi"), "your"),
    **dict.fromkeys(("su", "sus", "seu", "seus", "sua", "suas", "ses", "suo", "suoi"), "their"),
    **dict.fromkeys(("eso", "esto", "esa", "ese", "este", "esta", "isso", "isto", "essa", "esse", "ça", "ca", "questo",
                     "questa", "cette", "cet", "ce"), "this"),
    **dict.fromkeys(("él", "ele", "lui"), "he"),
    **dict.fromkeys(("ella", "ela", "elle", "lei"), "she"),
    **dict.fromkeys(("ellos", "ellas", "eles", "elas", "ils", "elles"), "they"),
    **dict.fromkeys(("ya", "já", "ja", "déjà", "già", "gia"), "already"),
    **dict.fromkeys(("ou",), "or"),
    **dict.fromkeys(("aussi", "anche"), "too"),
    **dict.fromkeys(("né", "hein", "vero"), "right"),
    **dict.fromkeys(("qu",), "that"),
    **dict.fromkeys(("esses", "essas", "estes", "estas", "ces", "questi", "queste", "estos"), "these"),
    **dict.fromkeys(("deles", "delas", "leur", "leurs", "loro"), "their"),
    **dict.fromkeys(("dele", "dela"), "his"),
    **dict.fromkeys(("pelo", "pela"), "for the"),
    **dict.fromkeys(("dois", "duas", "deux"), "two"),
    **dict.fromkeys(("infantis", "infantil", "infantiles", "infantili"), "for kids"),
    **dict.fromkeys(("tipo",), "like"),
    **dict.fromkeys(("autant",), "as much"),
    **dict.fromkeys(("matin", "manhã", "manha", "mañana", "mattina"), "morning"),
    **dict.fromkeys(("dedans",), "in it"),
    # the world of films beyond this one
    **dict.fromkeys(("descargar", "baixar", "télécharger", "telecharger", "scaricare", "bajar"), "download"),
    **dict.fromkeys(("avion", "avión", "avião", "aviao", "aereo"), "plane"),
    **dict.fromkeys(("estrenan", "estreiam", "sortent", "escono"), "premiere"),
    **dict.fromkeys(("escena", "cena", "scène", "scene", "scena"), "scene"),
    **dict.fromkeys(("entre", "tra", "fra"), "between"),
    **dict.fromkeys(("diferencia", "diferença", "diferenca", "différence", "difference", "differenza", "diff"),
                    "difference"),
    **dict.fromkeys(("ciné", "cine"), "theaters"),
    **dict.fromkeys(("publica", "publicam", "publie", "publient", "pubblica"), "publishes"),
    **dict.fromkeys(("número", "numero", "nombre de"), "number"),
    **dict.fromkeys(("attends", "mdr", "ptdr"), ""),
    **dict.fromkeys(("filmando", "grabando", "gravando", "rodando", "girando"), "filming"),
    **dict.fromkeys(("pregunta", "pergunta", "question", "domanda"), "question"),
    **dict.fromkeys(("hola", "oi", "olá", "ola", "salut", "ciao"), "hi"),
    **dict.fromkeys(("entonces", "então", "entao", "alors", "allora"), "so"),
    **dict.fromkeys(("ahí", "ahi", "allí", "alli", "ali", "là", "lì"), "there"),
    **dict.fromkeys(("buscan", "busca", "buscam", "cherchent", "cercano"), "look for"),
    **dict.fromkeys(("prefiere", "prefieren", "prefere", "préfère", "preferisce"), "prefers"),
    **dict.fromkeys(("estrenarían", "estrenarian", "estrenarán", "estrenaran", "lançam", "lançarão"),
                    "release"),
    **dict.fromkeys(("cancelan", "cancelam", "annulent", "cancellano"), "cancel"),
    **dict.fromkeys(("segura", "seguro", "certo", "certa", "sûr", "sure", "sicuro"), "certain"),
    **dict.fromkeys(("gran", "grande"), "big"),
    **dict.fromkeys(("grandes",), "grown-up"),  # "los actores grandes", "cosas de grandes"
    **dict.fromkeys(("gira", "turnê", "turne", "tournée", "tournee"), "tour"),
    **dict.fromkeys(("andaba", "andava", "estaba", "estava", "stava"), "was"),
    **dict.fromkeys(("promocionando", "promovendo", "divulgando", "promouvait", "promuovendo"), "promoting"),
    **dict.fromkeys(("novedad", "novidade", "nouveauté", "novità"), "news"),
    **dict.fromkeys(("otras", "otros", "outras", "outros", "autres", "altri", "altre"), "other"),
    **dict.fromkeys(("familias", "famílias", "familles", "famiglie"), "families"),
    **dict.fromkeys(("cosas", "coisas", "choses", "cose"), "things"),
    **dict.fromkeys(("vean", "vejam", "voient", "vedano"), "watch"),
    **dict.fromkeys(("sube", "suben", "aumenta", "aumentam", "augmente"), "raises"),
    **dict.fromkeys(("precios", "preços", "precos", "prix de", "prezzi"), "prices"),
    **dict.fromkeys(("oscuras", "oscuros", "oscura", "oscuro", "escuros", "sombres", "sombre", "oscuri"), "dark"),
    **dict.fromkeys(("guagua", "guaguas"), "kid"),
    **dict.fromkeys(("vuelo", "voo", "vol", "volo"), "flying"),
    **dict.fromkeys(("problema", "problème", "probleme"), "problem"),
    **dict.fromkeys(("achou", "acharam", "pensó", "penso", "a pensé", "ha pensato"), "thought"),
    **dict.fromkeys(("ficaram", "quedaron"), "were"),
    **dict.fromkeys(("surpresos", "surpresa", "sorprendidos", "sorprendida", "surpris", "surprise", "sorpresi"),
                    "surprised"),
    **dict.fromkeys(("niente", "nada", "rien", "nulla"), "nothing"),
    **dict.fromkeys(("vivendo", "viviendo", "vivant"), "living"),
    **dict.fromkeys(("vida", "vie", "vita"), "life"),
    **dict.fromkeys(("haver", "haber", "avoir", "avere"), "be"),
    **dict.fromkeys(("réalise", "realise", "realiza", "dirige-t-il"), "directs"),
    **dict.fromkeys(("dispo", "disponible", "disponível", "disponivel", "disponibile"), "available"),
    **dict.fromkeys(("plateforme", "plataforma", "piattaforma"), "platform"),
    **dict.fromkeys(("merci", "obrigado", "obrigada", "gracias", "grazie"), "thanks"),
    **dict.fromkeys(("idées", "idees", "ideias", "ideas", "idee"), "ideas"),
    **dict.fromkeys(("déguisement", "deguisement", "disfraz", "fantasia", "costume", "costume da"), "costume"),
    **dict.fromkeys(("anniversaire", "cumpleaños", "cumpleanos", "aniversário", "aniversario", "compleanno"),
                    "birthday"),
    **dict.fromkeys(("mirins", "mirim"), "child"),
    **dict.fromkeys(("durante", "pendant"), "during"),
    **dict.fromkeys(("gravações", "gravacoes", "gravação", "gravacao", "grabaciones", "grabación"), "filming"),
    **dict.fromkeys(("professor", "professora", "profesor", "profesora", "professeur", "prof"), "teacher"),
    **dict.fromkeys(("paga", "pagan", "pagam", "paie", "paye"), "pays"),
    **dict.fromkeys(("diretores", "directores", "réalisateurs", "registi"), "directors"),
    **dict.fromkeys(("perdu", "perdió", "perdio", "perdeu", "perso"), "lost"),
    **dict.fromkeys(("abonnés", "abonnes", "suscriptores", "assinantes", "abbonati"), "subscribers"),
    **dict.fromkeys(("vecchie", "vecchi", "vecchio", "viejas", "viejos", "velhas", "velhos", "vieilles", "vieux"),
                    "old"),
    **dict.fromkeys(("videoregistratore", "videograbadora", "videocassete", "magnétoscope", "magnetoscope"), "VCR"),
    **dict.fromkeys(("consigliate", "consiglia", "consigliato"), "recommend"),
    **dict.fromkeys(("importantes", "importante", "importants", "importanti"), "important"),
    **dict.fromkeys(("edades", "idades", "âges"), "ages"),
    **dict.fromkeys(("sorprendió", "sorprendio", "surpreendeu", "a surpris", "ha sorpreso"), "surprised"),
    **dict.fromkeys(("palabra", "palavra", "mot", "parola"), "word"),
    **dict.fromkeys(("describir", "descrever", "décrire", "descrivere", "describe", "descreve"), "describe"),
    **dict.fromkeys(("leí", "li", "j'ai lu", "ho letto"), "read"),
    **dict.fromkeys(("neta", "asere", "parce", "pana"), ""),
    **dict.fromkeys(("bon", "bons", "buen", "buena", "buenas", "buenos", "bom", "boa", "buono", "buona"), "good"),
    **dict.fromkeys(("m'inquiéter", "preocuparme", "preocupar", "preocupar-me", "preoccuparmi"), "worry"),
    **dict.fromkeys(("mañanas", "manhãs", "matins", "mattine"), "mornings"),
    **dict.fromkeys(("afecta", "afeta", "affecte", "influisce"), "affects"),
    **dict.fromkeys(("clase", "aula", "classe"), "class"),
    **dict.fromkeys(("pagos", "pagados", "payés", "payé", "payée", "pagati"), "paid"),
    **dict.fromkeys(("caro", "cher", "costoso"), "expensive"),
    **dict.fromkeys(("feito", "hecho"), "made"),
    **dict.fromkeys(("confiável", "confiavel", "confiable", "fiable", "affidabile"), "reliable"),
    **dict.fromkeys(("dure", "durar"), "lasts"),
    **dict.fromkeys(("moyenne", "promedio"), "average"),
    **dict.fromkeys(("média", "medio", "mídia", "midia", "testata"), "outlet"),  # "à quel média ?"
    **dict.fromkeys(("spieghi", "explicas", "explica", "expliques", "explique"), "explain"),
    **dict.fromkeys(("generale", "geral", "général"), "general"),
    **dict.fromkeys(("sti", "ste"), "these"),
    **dict.fromkeys(("completamento", "completamiento", "complétion", "finalización"), "completion"),
    **dict.fromkeys(("riprese", "tournages"), "filming"),
    **dict.fromkeys(("dureranno", "durará", "durara", "vai durar", "durera"), "will last"),
    **dict.fromkeys(("réal", "réals"), "director"),
    **dict.fromkeys(("engancha", "enganchan"), "hooks"),
    **dict.fromkeys(("cifras", "cifre"), "numbers"),
    **dict.fromkeys(("precis", "précis", "precisos", "precisas", "precisi"), "exact"),
    **dict.fromkeys(("millones", "milhões", "milhoes", "millions", "milioni"), "millions"),
    **dict.fromkeys(("repetición", "repeticion", "repetição", "repeticao", "répétition", "ripetizione"), "repeat"),
    **dict.fromkeys(("exactamente", "exatamente", "esattamente"), "exactly"),
    **dict.fromkeys(("andare", "aller", "ir"), "go"),
    **dict.fromkeys(("concentrazione", "concentración", "concentração", "concentration"), "concentration"),
    **dict.fromkeys(("visti", "vu", "vus"), "seen"),
    **dict.fromkeys(("significa", "signifie", "quer dizer", "quiere decir", "vuol dire"), "means"),
    **dict.fromkeys(("cinco", "cinq", "cinque"), "five"),
    **dict.fromkeys(("sito", "site", "sitio", "página", "pagina"), "site"),
    **dict.fromkeys(("parlato", "falou com", "habló con"), "talked"),
    **dict.fromkeys(("revisionnage", "revisione", "revisionado", "reassistir"), "rewatching"),
    **dict.fromkeys(("comportarsi", "comporter", "comportarse", "comportar"), "behave"),
    **dict.fromkeys(("chiamano", "llaman", "chamam", "appellent"), "call"),
    **dict.fromkeys(("quelli", "esos", "aqueles", "ceux"), "those"),
    **dict.fromkeys(("soprannome", "apodo", "apelido", "surnom"), "nickname"),
    **dict.fromkeys(("alto", "alta", "alti", "élevé", "elevado"), "high"),
    **dict.fromkeys(("basso", "bassa", "bajo", "baja", "baixo", "baixa", "bas"), "low"),
    **dict.fromkeys(("procuram", "procura"), "look for"),
    **dict.fromkeys(("nestes", "nesses", "nestas", "nessas"), "in these"),
    **dict.fromkeys(("nesse", "nessa"), "in this"),
    **dict.fromkeys(("molecada", "garotada", "criançada", "pirralhos", "petits"), "kids"),
    **dict.fromkeys(("trabalhar", "trabajar", "travailler", "lavorare"), "work"),
    **dict.fromkeys(("anos", "años", "ans", "anni"), "years"),
    **dict.fromkeys(("doppiato", "doppiata", "doublé"), "dubbed"),
    **dict.fromkeys(("italiano", "español", "espanol", "português", "portugues", "français", "francais"),
                    "another language"),
    **dict.fromkeys(("nouveaux", "nouvel", "nuovi", "nuove"), "new"),
    **dict.fromkeys(("pfv", "pf", "porfa", "stp", "svp"), "please"),
    **dict.fromkeys(("malo", "mala", "mau", "ruim", "mauvais", "cattivo per"), "bad"),
    **dict.fromkeys(("tele", "televisión", "television", "televisão", "télé"), "tv"),
    **dict.fromkeys(("cole", "escuelita"), "school"),
    **dict.fromkeys(("deberían", "deberian", "debería", "deberia", "deveriam", "deveria", "devraient", "dovrebbero"),
                    "should"),
    **dict.fromkeys(("apagarla", "apagarlo", "apagar", "desligar", "éteindre", "spegnere"), "turn off"),
    **dict.fromkeys(("todavía", "todavia", "aún", "aun", "ainda", "encore", "ancora"), "still"),
    **dict.fromkeys(("ahora", "agora", "maintenant", "adesso", "ora"), "now"),
    **dict.fromkeys(("antes", "avant", "antes del", "antes da", "antes do", "avant de", "avant le",
                     "avant la"), "before"),
    **dict.fromkeys(("después", "despues", "depois", "après", "apres", "dopo"), "after"),
    **dict.fromkeys(("siempre", "sempre", "toujours"), "always"),
    **dict.fromkeys(("nunca", "jamais", "mai"), "never"),
    **dict.fromkeys(("não", "nao", "pas", "non"), "not"),  # (not "no": Portuguese "in the")
    **dict.fromkeys(("sí", "sim", "oui", "sì"), "yes"),
    **dict.fromkeys(("todo", "toda", "todos", "todas", "tout", "tous", "toutes", "tutto", "tutti"), "all"),
    **dict.fromkeys(("cada", "chaque", "ogni"), "every"),
    **dict.fromkeys(("nuevo", "nueva", "nuevos", "nuevas", "novo", "nova", "novos", "nouveau", "nouvelle", "nuovo",
                     "nuova"), "new"),
    **dict.fromkeys(("mismo", "misma", "mesmo", "mesma", "même", "meme", "stesso", "stessa", "mismos", "mismas",
                     "mesmos", "mesmas", "mêmes", "stessi", "stesse"), "same"),
    **dict.fromkeys(("bien", "bem", "bene"), "well"),
    **dict.fromkeys(("aquí", "aqui", "ici"), "here"),
    **dict.fromkeys(("se", "me", "te", "vous"), ""),
    # everyday words of chat about a film, each as the countries say it
    **dict.fromkeys(("jóvenes", "jovenes", "jovens", "jeunes", "giovani", "adolescentes", "ados", "adolescenti",
                     "ragazzi", "ragazze", "chavales", "garotos", "garotas", "meninos", "meninas", "moleques",
                     "pivetes", "gurises", "bimbi", "bimbo", "bimba", "piccoli", "pequeños", "pequenos", "peques",
                     "chiquitos", "críos", "crios", "nenes", "flos", "marmaille", "mômes", "momes"), "kids"),
    **dict.fromkeys(("mamá", "mãe", "maman", "mamma"), "mom"),
    **dict.fromkeys(("papá", "papai", "papà", "pai"), "dad"),
    **dict.fromkeys(("abuelo", "abuela", "avô", "avó", "grand-père", "grand-mère", "mamie", "papi", "papy", "nonno",
                     "nonna"), "grandparent"),
    **dict.fromkeys(("abuelos", "avós", "grands-parents", "nonni"), "grandparents"),
    **dict.fromkeys(("nietos", "nietas", "nieto", "nieta", "netos", "netas", "petits-enfants",
                     "nipoti", "nipotini"), "grandkids"),
    **dict.fromkeys(("hermano", "irmão", "irmao", "frère", "frere", "fratello"), "brother"),
    **dict.fromkeys(("hermana", "irmã", "irma", "sœur", "soeur", "sorella"), "sister"),
    **dict.fromkeys(("sobrino", "sobrina", "sobrinho", "sobrinha", "neveu", "nièce"), "nephew"),
    **dict.fromkeys(("povo", "galera", "peña", "tout le monde", "todo el mundo", "todo mundo", "tutti quanti"),
                    "people"),
    **dict.fromkeys(("banda sonora", "trilha sonora", "bande originale", "bande-son", "colonna sonora"),
                    "soundtrack"),
    **dict.fromkeys(("canción", "cancion", "canciones", "canção", "cancao", "chanson", "chansons", "canzone",
                     "canzoni"), "song"),
    **dict.fromkeys(("tráiler", "tráileres", "trailers", "avance", "adelanto", "bande-annonce", "bande annonce"),
                    "trailer"),
    **dict.fromkeys(("chido", "chida", "bacán", "bacan", "copado", "guay", "chévere", "chevere", "massa", "génial",
                     "genial", "figo", "fighissimo"), "great"),
    **dict.fromkeys(("locos", "loucos", "fous", "pazzi", "matti"), "crazy"),
    **dict.fromkeys(("gracioso", "divertido", "divertida", "engraçado", "engracado", "drôle", "drole", "marrant",
                     "divertente"), "funny"),
    **dict.fromkeys(("aburrido", "aburrida", "chato", "chata", "ennuyeux", "noioso", "noiosa"), "boring"),
    **dict.fromkeys(("miedo", "medo", "peur", "paura"), "fear"),
    **dict.fromkeys(("hoy", "hoje", "hj", "aujourd'hui", "oggi"), "today"),
    **dict.fromkeys(("joga", "jogam", "juega", "juegan", "joue", "jouent", "gioca", "giocano"), "plays"),
    **dict.fromkeys(("ayer", "ontem", "hier", "ieri"), "yesterday"),
    **dict.fromkeys(("amanhã", "amanha", "demain", "domani"), "tomorrow"),
    **dict.fromkeys(("noche", "noite", "nuit", "notte"), "night"),
    **dict.fromkeys(("mes", "mês", "mois", "mese"), "month"),
    **dict.fromkeys(("meses", "mesi"), "months"),
    **dict.fromkeys(("día", "dia", "jour", "giorno"), "day"),
    **dict.fromkeys(("días", "dias", "jours", "giorni"), "days"),
    **dict.fromkeys(("semanas", "semaines", "settimane"), "weeks"),
    **dict.fromkeys(("mucho", "mucha", "muchos", "muchas", "muitos", "muitas", "beaucoup", "bcp", "tanti", "tante",
                     "molti", "molte"), "a lot"),
    **dict.fromkeys(("poco", "pouco", "peu"), "little"),
    **dict.fromkeys(("trop",), "too much"),
    **dict.fromkeys(("verdad", "cierto", "giusto"), "right"),
    **dict.fromkeys(("obvio", "obviamente", "évidemment"), "obviously"),
    **dict.fromkeys(("creo", "credo", "acho", "crois"), "think"),
    **dict.fromkeys(("encuentro", "encuentra", "encuentran", "encontré", "encontre"), "find"),
    **dict.fromkeys(("apto", "apta", "apropiado", "apropiada", "apropriado", "apropriada", "adapté", "adapte",
                     "adatto", "adatta"), "suitable"),
    **dict.fromkeys(("conclusão", "conclusao", "conclusión", "conclusione"), "completion"),
    **dict.fromkeys(("meio", "mitad", "milieu", "metà"), "middle"),
    **dict.fromkeys(("produtos", "productos", "produits", "prodotti"), "products"),
    **dict.fromkeys(("stato", "stata", "stati", "sido", "été"), "been"),
    **dict.fromkeys(("vont",), "will"),
    **dict.fromkeys(("vanno",), "go"),
    **dict.fromkeys(("stanno",), "are"),
    **dict.fromkeys(("ont", "avons", "avez"), "have"),
    **dict.fromkeys(("suis",), "am"),
    **dict.fromkeys(("sommes", "êtes", "siamo"), "are"),
    **dict.fromkeys(("fanno", "font"), "make"),
    **dict.fromkeys(("viene", "vienen", "vem", "vient", "viennent", "vengono"), "comes"),
    **dict.fromkeys(("vino", "veio", "venu", "venuto", "venuta"), "came"),
    **dict.fromkeys(("vuelve", "vuelven", "volverá", "volvera", "voltará", "voltara", "revient", "reviennent",
                     "reviendra", "tornerà", "tornera"), "comes back"),
    **dict.fromkeys(("saldrá", "saldra", "sairá", "saira", "uscirà", "uscira", "sortira"), "will come out"),
    **dict.fromkeys(("cuesta", "cuestan", "costa"), "costs"),
    **dict.fromkeys(("fumetto", "fumetti", "cómic", "cómics", "historieta", "historietas", "quadrinho", "quadrinhos",
                     "gibi", "gibis", "bande dessinée", "bandes dessinées"), "comics"),
    **dict.fromkeys(("moins", "menos", "meno"), "less"),
    **dict.fromkeys(("depuis", "desde"), "since"),
    **dict.fromkeys(("quelques", "algunos", "algunas", "alguns", "algumas", "alcuni", "alcune"), "some"),
    **dict.fromkeys(("années", "annees"), "years"),
    **dict.fromkeys(("dico",), "i mean"),
    **dict.fromkeys(("cadê",), "where is"),
    **dict.fromkeys(("chez",), "at"),
    **dict.fromkeys(("ao", "aos", "al", "alla", "ai", "agli", "alle"), "to the"),
    **dict.fromkeys(("au",), "in"),  # ("au Texas", "au cinéma")
    **dict.fromkeys(("aux",), "in the"),
    **dict.fromkeys(("sul", "sullo", "sulla", "sui", "sugli", "sulle"), "on the"),
    **dict.fromkeys(("nello", "nei", "negli", "nelle", "num", "numa"), "in the"),
    **dict.fromkeys(("dallo", "dalla", "dagli", "dalle"), "from the"),
    **dict.fromkeys(("pis",), "and"),
    **dict.fromkeys(("gars", "gamin"), "boy"),
    **dict.fromkeys(("classé", "classée", "clasificada", "clasificado", "classificado", "classificato"), "rated"),
    **dict.fromkeys(("je sais pas", "no sé", "no se", "não sei", "nao sei", "non so"), "i don't know"),
    **dict.fromkeys(("comunque",), "anyway"),
    **dict.fromkeys(("o no tanto", "ou nem tanto", "ou pas tant", "o non tanto", "ou nem por isso",
                     "ou pas vraiment"), "or not"),
    **dict.fromkeys(("segun el", "según el", "segun él"), "according to him"),
    **dict.fromkeys(("una y otra vez", "vez tras vez", "de novo e de novo", "encore et encore", "ancora e ancora"),
                    "again and again"),
    **dict.fromkeys(("de antemano", "d'avance", "in anticipo"), "in advance"),
    **dict.fromkeys(("le fue bien", "le fue tan bien", "le fue muy bien", "foi bem", "foi tão bem", "foi tao bem",
                     "andou bem"), "did well"),
    **dict.fromkeys(("todo santo dia", "todo santo día", "todos los santos días"), "every day"),
    **dict.fromkeys(("alguma coisa", "algo así", "quelque chose"), "anything"),
    **dict.fromkeys(("in giro",), "around"),
    **dict.fromkeys(("a fare promo", "fare promo", "fare promozione"), "promoting"),
    **dict.fromkeys(("ci tiene a", "ci tiene", "tiene a", "tengono a"), "cares about"),
    **dict.fromkeys(("subito dopo", "poco después", "poco despues", "logo depois", "logo após", "peu après",
                     "peu apres", "juste après", "juste apres"), "shortly after"),
    **dict.fromkeys(("veut rien dire", "ne veut rien dire", "no quiere decir nada", "não quer dizer nada",
                     "nao quer dizer nada", "non vuol dire niente", "non vuol dire nulla"), "means nothing"),
    **dict.fromkeys(("veut dire", "veulent dire"), "means"),
    **dict.fromkeys(("c'est pour dire quoi", "ça veut dire quoi", "ca veut dire quoi"), "what does it mean"),
    "truc": "thing", "trucs": "things", "lo de que": "the bit about", "mil veces": "a thousand times",
    **dict.fromkeys(("repiten", "repite", "repetem", "repete", "ripetono", "réécoutent", "réécoute", "réécouter",
                     "reecoutent", "reecouter"), "rewatch"),  # (Quebec's "réécouter": to watch again)
    **dict.fromkeys(("sorpresa", "sorpreso", "sorpresi", "sorprese", "sorprendida", "sorprendido", "surpreendida",
                     "surpreendido", "surprise", "surpris"), "surprised"),
    **dict.fromkeys(("madre", "mãe", "mae", "mère", "mere"), "mother"), "primer": "first", "dal": "by the",
    **dict.fromkeys(("herois", "heróis", "héroes", "heroi", "eroi"), "heroes"), "là-dessus": "about that",
    "tu sais me dire": "can you tell me", "tu peux me dire": "can you tell me",
    **dict.fromkeys(("rapido", "rápido", "rapide", "rapidamente"), "fast"), "antigamente": "in the old days",
    **dict.fromkeys(("cosa c'entrano", "cosa c'entra", "che c'entra", "che c'entrano"), "what has to do with"),
    **dict.fromkeys(("bosser", "bossent", "bosse", "bossé"), "work"), "vue": "view", "vues": "views",
    **dict.fromkeys(("côté créatif", "cote creatif"), "creative side"),
    **dict.fromkeys(("épanouit", "epanouit", "s'épanouir", "épanouissement", "epanouissement"), "fulfillment"),
    "dava pra saber": "could know", "en fait": "actually", "nel discorso": "in the interview",
    **dict.fromkeys(("poderosos", "poderosas", "poderoso", "poderosa", "puissants", "potenti"), "powerful"),
    **dict.fromkeys(("sentirse", "sentir-se", "se sentir", "sentirsi"), "feel"),
    **dict.fromkeys(("bel modo", "bon moyen", "buena manera", "boa maneira"), "great way"),
    **dict.fromkeys(("ficou", "ficaram", "rimasta", "rimasto", "rimasti", "rimaste"), "was"),
    **dict.fromkeys(("vieux père", "vieux pere"), "old man"),  # (Ivorian French's, for an older man)
    **dict.fromkeys(("che ha detto", "cosa ha detto", "che cosa ha detto"), "what did he say"),
    **dict.fromkeys(("ahò", "aho"), ""),  # (Rome's "hey")
    **dict.fromkeys(("finde", "findes", "finde semana"), "weekend"),
    **dict.fromkeys(("ordre", "orden", "ordem", "ordine"), "order"),
    **dict.fromkeys(("dans quel ordre", "en qué orden", "en que orden", "em que ordem", "in che ordine"),
                    "in what order"),
    **dict.fromkeys(("quarteto fantástico", "quarteto fantastico", "cuatro fantásticos", "cuatro fantasticos",
                     "quatre fantastiques", "fantastici quattro"), "Fantastic Four"),
    **dict.fromkeys(("vai estar", "va a estar", "va être", "sarà"), "will be"),
    **dict.fromkeys(("heures", "ore"), "hours"),
    **dict.fromkeys(("écran", "ecran", "schermo", "pantalla"), "screen"),
    **dict.fromkeys(("raisonnable", "razonable", "razoável", "razoavel", "ragionevole"), "reasonable"),
    **dict.fromkeys(("a cartonné", "a cartonne", "cartonné", "cartonne"), "was a hit"),
    **dict.fromkeys(("wesh",), ""),
    **dict.fromkeys(("en vf", "version française", "version francaise"), "dubbed in French"),
    **dict.fromkeys(("en vo", "vostfr", "en vost"), "with subtitles"),  # (the original, subtitled)
    **dict.fromkeys(("c'est quoi le rapport avec", "quoi le rapport avec", "le rapport avec", "qué tiene que ver con"),
                    "what does it have to do with"),
    **dict.fromkeys(("ansiosa", "ansioso", "ansiosos", "ansiosas"), "eager"),
    **dict.fromkeys(("pelo 2", "pela 2", "para la 2", "pour le 2", "per il 2"), "for the sequel"),
    **dict.fromkeys(("sullo stesso piano", "au même niveau", "au meme niveau", "al mismo nivel", "no mesmo nível",
                     "no mesmo nivel"), "on the same level as"),
    **dict.fromkeys(("lavori",), "work"),
    **dict.fromkeys(("chegou a ver", "llegó a ver", "llego a ver", "a pu voir"), "got a look at"),
    **dict.fromkeys(("vorrei sapere", "quisiera saber", "gostaria de saber", "je voudrais savoir"),
                    "i would like to know"),
    **dict.fromkeys(("a chi",), "to whom"),
    **dict.fromkeys(("rilasciato", "rilasciate"), "given"),
    **dict.fromkeys(("inizieranno", "comenzarán", "comenzaran", "começarão", "commenceront"), "will begin"),
    **dict.fromkeys(("flipan", "flipa", "les flipan", "les flipa", "le flipa"), "love"),  # (Spain's)
    **dict.fromkeys(("in che senso", "en qué sentido", "en que sentido", "em que sentido", "dans quel sens"),
                    "in what way"),
    **dict.fromkeys(("si comporta", "se comporta", "se comporte", "comporta", "comporte"), "behaves"),
    **dict.fromkeys(("diversamente", "différemment", "differemment", "de manera diferente", "de forma diferente",
                     "de um jeito diferente"), "differently"),
    **dict.fromkeys(("se divierten", "se divierte", "se divertem", "se diverte", "s'amusent", "s'amuse",
                     "si divertono", "si diverte"), "have fun"),
    **dict.fromkeys(("la peli esa", "la película esa", "la pelicula esa", "el film ese"), "that film"),
    **dict.fromkeys(("contraseña", "contraseñas", "senha", "senhas", "mot de passe", "mots de passe"), "passwords"),
    **dict.fromkeys(("existe algum", "existe alguma", "existe algún", "existe alguna", "existe algun",
                     "existe-t-il", "esiste un", "esiste una"), "is there any"),
    **dict.fromkeys(("brasileiro", "brasileira", "brasileño", "brasileña", "brésilien"), "brazilian"),
    **dict.fromkeys(("au sérieux", "au serieux", "en serio", "a sério", "a serio", "sul serio"), "seriously"),
    **dict.fromkeys(("parce que",), "because"),
    **dict.fromkeys(("c'est vrai que", "es verdad que", "é verdade que", "è vero che"), "is it true that"),
    **dict.fromkeys(("serie animada", "série animada", "série animée", "serie animée", "serie animata",
                     "película animada", "pelicula animada", "filme animado", "film d'animation", "film animato"),
                    "animated series"),
    **dict.fromkeys(("vale la pena", "vale a pena", "ça vaut le coup", "ca vaut le coup", "vaut le coup",
                     "ne vale la pena", "merita", "merece la pena"), "worth it"),
    **dict.fromkeys(("chronologie des médias", "chronologie des medias"), "theatrical window"),  # France's
    **dict.fromkeys(("temps d'écran", "temps d'ecran", "tiempo de pantalla", "tempo de tela", "tempo di schermo",
                     "tempo davanti allo schermo"), "screen time"),
    **dict.fromkeys(("petite fille", "petite-fille", "petit-fils", "petit fils"), "grandchild"),
    **dict.fromkeys(("super héros", "super heros", "super héroes", "super heroes", "super eroi"), "superheroes"),
    **dict.fromkeys(("absolument", "absolutamente", "assolutamente"), "absolutely"),
    **dict.fromkeys(("vraiment", "realmente", "davvero"), "really"),
    **dict.fromkeys(("declaraciones", "declarações", "declaracoes", "déclarations", "dichiarazioni"), "remarks"),
    **dict.fromkeys(("déconseillé", "déconseillée", "deconseille"), "not recommended"),
    **dict.fromkeys(("moins de", "menos de", "meno di", "menores de"), "under"),
    **dict.fromkeys(("pourriez-vous", "pouvez-vous", "peux-tu", "podrías", "podrias", "potresti"),
                    "could you"),
    **dict.fromkeys(("cela", "ceci"), "this"),
    **dict.fromkeys(("bonjour", "bonsoir", "buenas tardes", "buenos días", "buongiorno", "bom dia", "boa tarde"), "hi"),
    **dict.fromkeys(("matéria",), "article"),
    **dict.fromkeys(("tá passando", "ta passando", "está passando", "esta passando", "tá dando", "está dando"),
                    "is streaming"),
    **dict.fromkeys(("tenho", "tengo"), "i have"),
    **dict.fromkeys(("quindi",), "so"),
    **dict.fromkeys(("apertura", "abertura", "ouverture"), "opening"),
    **dict.fromkeys(("weekend d'apertura",), "opening weekend"),
    **dict.fromkeys(("ce genre de", "ce type de", "este tipo de", "esse tipo de", "questo tipo di", "este género de",
                     "esse gênero de"), "this kind of"),
    **dict.fromkeys(("conseils", "consejos", "conselhos"), "advice"),
    **dict.fromkeys(("soit", "seja", "sia"), "is"),
    **dict.fromkeys(("au fait", "por cierto", "a propósito", "a proposito", "aliás", "tra l'altro"),
                    "by the way"),
    **dict.fromkeys(("dimmi", "dime", "dis-moi", "dites-moi", "me diga", "me fala", "me conta", "cuéntame", "cuentame"),
                    "tell me"),
    **dict.fromkeys(("y'a-tu", "y a-tu", "y'a", "y a"), "is there"),
    **dict.fromkeys(("ci stanno", "ci sono anche"), "are in it"),
    **dict.fromkeys(("è stato", "è stata", "e stato", "e stata"), "was"),
    **dict.fromkeys(("sta a cuore", "stanno a cuore", "tiene a cuore", "tengono a cuore"), "cares about"),
    **dict.fromkeys(("estou",), "am"),
    **dict.fromkeys(("sto",), "this"),
    **dict.fromkeys(("imparable", "imparables", "imparável", "imparavel", "inarrestabile", "inarrestabili",
                     "inarrêtable", "inarretable"), "unstoppable"),
    **dict.fromkeys(("deciso", "decisa", "decidido", "décidé"), "decided"),
    **dict.fromkeys(("gros", "grosse"), "big"),
    **dict.fromkeys(("piaciuto", "piaciuta", "piaciuti", "piaciute", "è piaciuto", "e piaciuto"), "liked"),
    **dict.fromkeys(("plusieurs", "varios", "varias", "vários", "várias", "varie", "parecchie"), "several"),
    **dict.fromkeys(("vrai", "vraie", "verdadero", "verdadeiro"), "true"),
    **dict.fromkeys(("étaient", "etaient", "eran", "eram", "erano"), "were"),
    **dict.fromkeys(("par",), "by"),
    **dict.fromkeys(("juste",), "just"),
    **dict.fromkeys(("alimentaire",), "for the money"),  # (a job done to eat)
    **dict.fromkeys(("soy", "sou", "sono io"), "i am"),
    **dict.fromkeys(("recuerdo", "recuerda", "lembro", "lembra", "souviens", "ricordo", "ricorda"), "remember"),
    **dict.fromkeys(("vez",), "time"),
    **dict.fromkeys(("canal", "chaîne", "chaine", "canale"), "channel"),
    **dict.fromkeys(("tanto", "tanta"), "so much"),
    **dict.fromkeys(("pesados", "pesadas", "pesado", "pesada", "lourds", "pesanti"), "heavy"),
    **dict.fromkeys(("tarde", "après-midi", "pomeriggio"), "afternoon"),
    **dict.fromkeys(("neto",), "grandson"),
    **dict.fromkeys(("picciriddi", "creaturi", "guaglioni", "piccirilli"), "kids"),
    **dict.fromkeys(("abonnement", "suscripción", "suscripcion", "assinatura", "abbonamento"), "subscription"),
    **dict.fromkeys(("agente", "agent"), "agent"),
    **dict.fromkeys(("je",), "i"),
    **dict.fromkeys(("petite", "petites", "pequeña", "pequena", "piccola"), "little"),
    **dict.fromkeys(("minchia", "amunì", "amuni", "jamm", "dêh", "deh"), ""),
    **dict.fromkeys(("volver a ver", "voltar a ver", "tornare a vedere", "volver a mirar"), "rewatch"),
    **dict.fromkeys(("niñas", "ninas"), "kids"),
    **dict.fromkeys(("mamás", "mamas", "mães", "maes", "mamans", "mamme"), "moms"),
    **dict.fromkeys(("producida", "producido", "produzido", "produzida", "produit par", "prodotto"), "produced"),
    **dict.fromkeys(("productor", "productora", "produtor", "produtora", "producteur", "produttore"), "producer"),
    **dict.fromkeys(("guionista", "roteirista", "scénariste", "scenariste", "sceneggiatore"), "screenwriter"),
    **dict.fromkeys(("empezará", "empezara", "comenzará", "comenzara", "começará", "comecara", "commencera",
                     "inizierà", "iniziera"), "will begin"),
    **dict.fromkeys(("siguiente", "seguinte", "suivant", "suivante", "successivo"), "next"),
    **dict.fromkeys(("pronto", "bientôt", "bientot", "presto", "em breve"), "soon"),
    **dict.fromkeys(("oficial", "oficiales", "officiel", "officielle", "ufficiale"), "official"),
    **dict.fromkeys(("exacta", "exacto", "exata", "exato", "exacte", "esatta", "esatto"), "exact"),
    **dict.fromkeys(("revista", "magazine", "rivista"), "magazine"),
    **dict.fromkeys(("periodistas", "jornalistas", "journalistes", "giornalisti", "reporteros", "repórteres"),
                    "reporters"),
    **dict.fromkeys(("prensa", "imprensa", "presse", "stampa"), "press"),
    **dict.fromkeys(("exitosa", "exitoso", "bem-sucedido", "bem-sucedida", "réussi", "riuscito"), "successful"),
    **dict.fromkeys(("métricas", "metricas", "métriques", "metriques", "metriche"), "metrics"),
    **dict.fromkeys(("audiencia", "audiência", "pubblico"), "audience"),
    **dict.fromkeys(("espectadores", "spectateurs", "spettatori", "telespectadores"), "viewers"),
    **dict.fromkeys(("completo", "completa", "completos", "completas", "complet", "complète", "completi"), "complete"),
    **dict.fromkeys(("seguido", "seguidas", "seguidos", "d'affilée", "di fila"), "in a row"),
    **dict.fromkeys(("mayores",), "grown-ups"),
    **dict.fromkeys(("filmaciones", "filmación", "filmacion"), "filming"),
    **dict.fromkeys(("negocio", "negócio", "negocios"), "business"),
    **dict.fromkeys(("propios", "propias", "propio", "propia", "próprios", "próprias", "proprios", "propres",
                     "propri", "proprie"), "own"),
    **dict.fromkeys(("extraterrestres", "alienígenas", "alienigenas", "extraterrestri", "alieni"), "aliens"),
    **dict.fromkeys(("invasión", "invasion", "invasão", "invasao", "invasione"), "invasion"),
    **dict.fromkeys(("fracasso", "échec", "echec", "fiasco"), "flop"),
    **dict.fromkeys(("mannaggia", "boh", "ptn", "tkt", "uai", "bah", "ouais", "ué"), ""),
    "si": "if",  # reflexive and object pronouns: read in the verb

    **dict.fromkeys(("che", "pe", "boludo", "wey", "güey", "guey", "pues", "oye", "mano", "cara", "mec", "dai"), ""),
    # Chile's and Colombia's, and Ivorian French's ("cachai?", "weón", "parcero", "tonton Rodriguez")
    **dict.fromkeys(("cachai", "weón", "weon", "huevón", "huevon", "parcero", "tonton", "raga"), ""),
    # more everyday words of chat about a film and the trade
    **dict.fromkeys(("haciendo", "fazendo", "faisant", "facendo"), "doing"),
    **dict.fromkeys(("algún", "algun", "alguna", "algum", "alguma", "qualche"), "some"),
    # a pronoun before an auxiliary: "mi hija la ha visto como 20 veces"; what happens to someone: "les pasa igual?"
    **dict.fromkeys(("la ha", "lo ha", "la han", "lo han"), "has"),
    **dict.fromkeys(("les pasa", "le pasa", "les pasó", "le pasó"), "happens to them"),
    **dict.fromkeys(("da qualche parte", "en alguna parte", "em algum lugar", "quelque part"), "anywhere"),
    **dict.fromkeys(("sobrinos", "sobrinhos", "neveux"), "nephews"),
    **dict.fromkeys(("si trovano", "si trova"), "can you find"),
    **dict.fromkeys(("suele", "suelen", "costuma", "costumam", "d'habitude", "di solito"), "usually"),
    **dict.fromkeys(("periódico", "periodico", "jornal", "journal", "giornale"), "newspaper"),
    **dict.fromkeys(("a diario", "diariamente"), "every day"),
    **dict.fromkeys(("proyecto", "projeto", "projet", "progetto"), "project"),
    **dict.fromkeys(("proyectos", "projetos", "projets", "progetti"), "projects"),
    **dict.fromkeys(("aparte de", "além de", "alem de", "à part", "a parte"), "besides"),
    **dict.fromkeys(("a parte 2", "a parte dois", "a segunda parte"), "part 2"),  # Portuguese: "com a parte 2"
    **dict.fromkeys(("protagonistas", "protagonistes", "protagonisti"), "main characters"),
    **dict.fromkeys(("estudio", "estúdio", "estudios", "estúdios"), "studio"),
    **dict.fromkeys(("le pareció", "le parecio", "le parecieron"), "did he think of"),
    **dict.fromkeys(("quedó",), "was"),
    **dict.fromkeys(("contentos", "contentas", "contentes"), "happy"),
    **dict.fromkeys(("a la mitad", "pela metade", "na metade", "à moitié", "a metà"), "halfway"),
    **dict.fromkeys(("meglio", "mieux"), "better"),
    **dict.fromkeys(("mejor que", "melhor que", "meilleur que", "mieux que", "meglio di", "meglio dei", "meglio della",
                     "migliore di", "migliori dei"), "better than"),
    **dict.fromkeys(("peor que", "pior que", "pire que", "peggio di", "peggio dei", "peggio della", "peggiore di"),
                    "worse than"),
    **dict.fromkeys(("peggio", "peor", "pior", "pire"), "worse"),
    **dict.fromkeys(("precio", "preço", "preco", "prezzo"), "price"),
    **dict.fromkeys(("básico", "basico", "basique", "di base"), "basic"),
    **dict.fromkeys(("chileno", "chilena"), "chilean"),
    **dict.fromkeys(("mexicano", "mexicana"), "mexican"),
    **dict.fromkeys(("jura", "juram", "jure", "giura"), "swears"),
    **dict.fromkeys(("destes", "destas", "deste", "desta"), "of these"),
    **dict.fromkeys(("comme",), "like"),
    **dict.fromkeys(("videocassette", "videocassetta", "videocasete", "videocasetes", "videocassetes", "cassettes"),
                    "videotapes"),
    **dict.fromkeys(("scola",), "school"),  # (Rome's)
    **dict.fromkeys(("règle", "regle", "regla", "regra", "regola"), "rule"),
    **dict.fromkeys(("de che parla",), "what is it about"),
    **dict.fromkeys(("c'est-tu",), "is it"),  # (Quebec's: "c'est-tu vrai que...")
    **dict.fromkeys(("pub", "pubs", "publicité", "publicités", "publicidad", "anuncios", "publicidade", "anúncios",
                     "pubblicità"), "ads"),
    **dict.fromkeys(("forfait", "forfaits"), "plans"),
    **dict.fromkeys(("mettre", "mettere"), "put"),
    **dict.fromkeys(("casting",), "cast"),  # (the cast list, in the four languages)
    # chat with the bot and of the world: a joke, what it prefers, whether it agrees, what happened to something
    **dict.fromkeys(("barzelletta", "chiste", "piada", "blague"), "joke"),
    **dict.fromkeys(("barzellette", "chistes", "piadas", "blagues"), "jokes"),
    **dict.fromkeys(("préfères", "prefieres", "preferisci", "preferes"), "prefer"),
    **dict.fromkeys(("tu es d'accord", "t'es d'accord", "estás de acuerdo", "estas de acuerdo", "sei d'accordo",
                     "concordas", "concorda"), "do you agree"),
    **dict.fromkeys(("on dit que", "dicen que", "dizem que", "dicono che"), "people say that"),
    **dict.fromkeys(("le pasó a", "le paso a", "les pasó a", "aconteceu com", "è successo a", "est arrivé à"),
                    "happened to"),
    **dict.fromkeys(("ya no existe", "já não existe", "n'existe plus", "non esiste più"), "no longer exists"),
    **dict.fromkeys(("filme de terror", "película de terror", "pelicula de terror", "peli de terror",
                     "film d'horreur", "film horror", "film dell'orrore"), "horror film"),
    **dict.fromkeys(("lembro dele", "me acuerdo de él", "me acuerdo de el", "je me souviens de lui",
                     "mi ricordo di lui", "mi ricordo lui"), "i remember him"),
    **dict.fromkeys(("dans quel cadre",), "in what context"),  # (where the remarks were made)
    # Sicilian's and Naples' words for the everyday ones ("quannu nesci u secunnu?", "nun putevano vidiri")
    **dict.fromkeys(("quannu", "quanno"), "when"),
    **dict.fromkeys(("nesci", "nesce"), "comes out"),
    **dict.fromkeys(("secunnu", "secunna"), "second"),
    **dict.fromkeys(("primm", "primu"), "first"),
    **dict.fromkeys(("figghi", "figghiu", "figlie"), "children"),
    **dict.fromkeys(("nun",), "not"),
    **dict.fromkeys(("vidiri", "vidé"), "see"),
    **dict.fromkeys(("veru",), "true"),
    **dict.fromkeys(("puru",), "also"),
    **dict.fromkeys(("chiù", "cchiù"), "more"),
    **dict.fromkeys(("putevano", "putìanu"), "could"),
    **dict.fromkeys(("a riguardo", "al riguardo", "à ce sujet", "a respeito"), "about it"),
    # what a word meant, a secret, a link, who interviewed him, compared with before, in short
    **dict.fromkeys(("ahorita", "agorinha"), "right now"),
    **dict.fromkeys(("significava", "significaba", "signifiait", "significaient", "significavano"), "meant"),
    **dict.fromkeys(("segredo", "secreto", "segreto"), "secret"),
    **dict.fromkeys(("disent", "dites"), "say"),
    **dict.fromkeys(("lien", "liens"), "connection"),
    **dict.fromkeys(("haut", "hauts"), "high"),
    **dict.fromkeys(("intervistato", "intervistata", "entrevistó", "entrevisto", "entrevistou", "interviewé",
                     "interviewe", "a interviewé"), "interviewed"),
    **dict.fromkeys(("rispetto a", "comparado con", "comparado a", "comparé à", "par rapport à", "par rapport a"),
                    "compared to"),
    **dict.fromkeys(("en gros", "en resumen", "em resumo", "in breve", "in sintesi"), "in short"),
    **dict.fromkeys(("plano", "planos", "forfait", "forfaits", "piano tariffario", "abbonamento"), "plan"),
}


# Verbs, read in any message that mixes in the language and also after "la" or "lo" as "it": "quien la dirige?",
# "mis hijos la ven everyday".
_VERBS = {
    **dict.fromkeys(("ver", "verla", "mirar", "assistir", "regarder", "vedere", "guardare", "ven", "ve", "veo",
                     "vemos", "miran", "mira", "miro", "assistem", "assiste", "veem", "vê", "regardent", "regarde",
                     "guardano", "mater"), "watch"),  # (French slang "mater")
    **dict.fromkeys(("vieron", "vimos", "assistiram", "assistiu", "viram", "regardé"), "watched"),
    **dict.fromkeys(("visto", "vista"), "seen"),  # "había visto algo así?"
    **dict.fromkeys(("vio", "vi", "viu"), "saw"),
    **dict.fromkeys(("viendo", "mirando", "assistindo", "vendo"), "watching"),
    **dict.fromkeys(("hizo", "hicieron", "fez", "fizeram", "fait", "fatto"), "made"),
    **dict.fromkeys(("hace", "hacen", "hacer", "faz", "fazem", "fazer", "faire", "fare"), "make"),
    **dict.fromkeys(("dirige", "dirigen", "dirigir"), "directs"),
    **dict.fromkeys(("dirigió", "dirigio", "dirigieron", "dirigiu", "dirigé", "diretto"), "directed"),
    **dict.fromkeys(("filmar", "grabar", "rodar", "gravar", "tourner", "girare", "filman", "graban", "ruedan",
                     "filma", "graba", "filmam", "gravam", "tournent"), "film"),
    **dict.fromkeys(("filmaron", "grabaron", "rodaron", "gravaram", "filmaram", "tourné", "girato", "filmó", "filmo",
                     "grabó", "rodó", "gravou", "filmou"), "filmed"),
    **dict.fromkeys(("ordenó", "ordeno", "ordenaron", "encargó", "encargo", "encargaron", "pidió", "pidio",
                     "pidieron", "pediu", "pediram", "encomendou", "encomendaram", "commandé", "ordinato"), "ordered"),
    **dict.fromkeys(("estrenó", "estrenaron", "estreou", "estrearam", "sorti", "uscito"), "premiered"),
    **dict.fromkeys(("menciona", "mencionan", "mencionó", "menciono", "mencionou", "mentionne", "menziona"),
                    "mentions"),
    **dict.fromkeys(("medir", "miden", "mide", "medem", "mede", "mesurer", "misurare"), "measure"),
    **dict.fromkeys(("confundo", "confunde", "confonds", "confond", "confondo", "confondi"), "confuse"),
    **dict.fromkeys(("quiere", "quieren", "quer", "querem", "veut", "veulent", "vuole", "vogliono"), "wants"),
    **dict.fromkeys(("quiero", "quero", "voglio", "veux"), "want"),  # ("la quiero ver": want to watch it)
    **dict.fromkeys(("girano", "tourne"), "film"),
    # a film put on is played: "mis nietos la ponen antes del cole"
    **dict.fromkeys(("ponen", "pone", "ponía", "ponian", "ponían", "mettent", "mettono", "mette"), "play"),
    **dict.fromkeys(("voir", "vedo", "vede", "vedono"), "watch"),
    **dict.fromkeys(("viam", "via", "veían", "veian"), "watched"),
    **dict.fromkeys(("saiu", "saíram", "sairam", "salió", "salio"), "came out"),
    **dict.fromkeys(("compara", "comparou", "comparó", "comparo", "compare", "confronta"), "compares"),
    **dict.fromkeys(("tinham", "tinha", "tenían", "tenian", "tenía", "tenia", "avaient"), "had"),
    **dict.fromkeys(("podiam",), "could"),
    **dict.fromkeys(("saber", "savoir", "sapere"), "know"),
    **dict.fromkeys(("comptent", "compte", "contano"), "mean"),  # (to someone: "comptent pour lui")
}
# Regular verbs by their infinitives, read in every form their languages give them ("filman", "filmaron", "filmando",
# "tournait", "guardano"), as (the English verb, its past, its -ing). A form the tables above read is read as they do.
_REGULAR_VERBS = {
    ("filmar", "grabar", "gravar", "tourner", "filmer", "girare"): ("film", "filmed", "filming"),
    ("estudiar", "estudar", "étudier", "studiare"): ("study", "studied", "studying"),
    ("mirar", "assistir", "regarder", "guardare"): ("watch", "watched", "watching"),
    ("encontrar", "trouver", "trovare"): ("find", "found", "finding"),
    ("trabajar", "trabalhar", "travailler", "lavorare"): ("work", "worked", "working"),
    ("comparar", "comparer", "confrontare"): ("compare", "compared", "comparing"),
    ("mencionar", "mentionner", "menzionare", "citar", "citer", "citare"): ("mention", "mentioned", "mentioning"),
    ("estrenar", "estrear", "lanzar", "lançar", "lancar", "sortir"): ("release", "released", "releasing"),
    ("ordenar", "encargar", "encomendar", "commander", "ordinare"): ("order", "ordered", "ordering"),
    ("hablar", "falar", "parler", "parlare", "conversar"): ("talk", "talked", "talking"),
    ("aconsejar", "aconselhar", "conseiller", "consigliare", "recomendar", "recommander", "raccomandare"):
        ("recommend", "recommended", "recommending"),
    ("gustar", "gostar", "aimer", "amar"): ("like", "liked", "liking"),
    ("adorar", "adorer", "adorare", "encantar"): ("love", "loved", "loving"),
    ("ganar", "ganhar", "gagner", "guadagnare"): ("win", "won", "winning"),
    ("terminar", "acabar", "terminer", "finir", "finire"): ("finish", "finished", "finishing"),
    ("comenzar", "começar", "comecar", "iniciar", "commencer", "iniziare", "cominciare"):
        ("begin", "began", "beginning"),
    ("promocionar", "promover", "promouvoir", "promuovere"): ("promote", "promoted", "promoting"),
    ("divulgar", "revelar", "révéler", "rivelare"): ("reveal", "revealed", "revealing"),
    ("preguntar", "perguntar", "demander", "domandare", "chiedere"): ("ask", "asked", "asking"),
    ("llamar", "chamar", "appeler", "chiamare"): ("call", "called", "calling"),
    ("buscar", "procurar", "chercher", "cercare"): ("look for", "looked for", "looking for"),
    ("pasar", "passar", "passer", "passare", "acontecer", "ocurrir", "succedere"): ("happen", "happened", "happening"),
    ("cambiar", "mudar", "changer", "cambiare"): ("change", "changed", "changing"),
    ("cancelar", "annuler", "cancellare"): ("cancel", "cancelled", "cancelling"),
    ("confirmar", "confirmer", "confermare"): ("confirm", "confirmed", "confirming"),
    ("anunciar", "annoncer", "annunciare"): ("announce", "announced", "announcing"),
    ("actuar", "atuar", "jouer", "recitar", "recitare", "interpretar", "participar", "participer", "partecipare"):
        ("act", "acted", "acting"),
    ("dirigir", "diriger", "dirigere"): ("direct", "directed", "directing"),
    ("crear", "criar", "créer", "creare"): ("create", "created", "creating"),
    ("mostrar", "montrer", "mostrare"): ("show", "showed", "showing"),
    ("importar", "importer"): ("matter", "mattered", "mattering"),
    ("usar", "utilizar", "utiliser", "usare"): ("use", "used", "using"),
    ("entender", "comprender", "comprendre", "capire"): ("understand", "understood", "understanding"),
    ("conocer", "conhecer", "conoscere"): ("know", "knew", "knowing"),
    ("repetir", "répéter", "repeter", "ripetere", "rever", "revoir", "rivedere", "riguardare"):
        ("rewatch", "rewatched", "rewatching"),
    ("esperar", "attendre", "aspettare"): ("expect", "expected", "expecting"),
    ("necesitar", "precisar", "necessitare"): ("need", "needed", "needing"),
    ("reaccionar", "reagir", "réagir", "reagire"): ("react", "reacted", "reacting"),
    ("funcionar", "fonctionner", "funzionare", "marcher"): ("work", "worked", "working"),
    ("divertir", "amuser", "divertire"): ("have fun", "had fun", "having fun"),
    ("decidir", "décider", "decidere"): ("decide", "decided", "deciding"),
    ("escribir", "escrever", "écrire", "scrivere"): ("write", "wrote", "writing"),
    ("medir", "mesurer", "misurare"): ("measure", "measured", "measuring"),
    ("contar", "compter", "contare"): ("count", "counted", "counting"),
    ("chambear", "laburar", "currar"): ("work", "worked", "working"),  # as Mexico, Argentina and Spain say it
    ("curtir", "disfrutar", "desfrutar", "godere"): ("enjoy", "enjoyed", "enjoying"),
    ("triper", "kiffer"): ("love", "loved", "loving"),
    ("écouter", "ecouter"): ("watch", "watched", "watching"),  # a film, as Quebec says it
    ("largar", "abandonar", "abandonner", "abbandonare"): ("drop", "dropped", "dropping"),
    ("llegar", "chegar", "arriver", "arrivare"): ("arrive", "arrived", "arriving"),
    ("pensar", "penser", "pensare", "achar"): ("think", "thought", "thinking"),
    ("voltar", "tornare", "regresar", "retornar", "volver"): ("come back", "came back", "coming back"),
    ("aumentar", "augmenter", "aumentare"): ("raise", "raised", "raising"),
    ("dejar", "deixar"): ("leave", "left", "leaving"),
    ("costar", "custar", "coûter", "couter", "costare"): ("cost", "cost", "costing"),
    ("inventar", "inventer", "inventare"): ("invent", "invented", "inventing"),
    ("recordar", "lembrar", "ricordare"): ("remember", "remembered", "remembering"),
    ("salvar", "sauver", "salvare"): ("save", "saved", "saving"),
    ("finalizar", "finaliser", "finalizzare", "completar", "compléter", "completare"):
        ("finish", "finished", "finishing"),
    ("comentar", "commenter", "commentare"): ("comment", "commented", "commenting"),
    ("parar", "smettere", "arrêter", "arreter", "fermare"): ("stop", "stopped", "stopping"),
    ("saber", "sapere"): ("know", "knew", "knowing"),
    ("raconter", "raccontare"): ("tell", "told", "telling"),
    ("choquer", "chocar", "scioccare"): ("shock", "shocked", "shocking"),
    ("limitar", "limiter", "limitare"): ("limit", "limited", "limiting"),
    ("compartir", "compartilhar", "partager", "condividere"): ("share", "shared", "sharing"),
    ("construir", "construire", "costruire"): ("build", "built", "building"),
    ("cobrar",): ("charge", "charged", "charging"),
}
# Endings of a regular verb's forms by its infinitive's, and which English form each is: "b" the verb, "p" its past,
# "g" its -ing, "f" its future (Spanish and Portuguese for -ar, -er and -ir, French for -er and -ir, Italian for -are,
# -ere and -ire)
_ENDINGS = {
    "ar": {
        "b": ("o", "as", "a", "amos", "an", "am", "e", "en", "em", "arem"),
        "p": ("é", "ó", "aste", "aron", "aba", "aban", "ado", "ada", "ados", "adas", "ei", "ou", "aram", "ava",
              "avam"),
        "g": ("ando",), "f": ("ará", "arán", "aría", "arían", "ará", "arão", "aria", "ariam"),
    },
    "er": {
        "b": ("o", "es", "e", "emos", "en", "em", "ent", "ons", "ez", "erem"),
        "p": ("í", "ió", "ieron", "ía", "ían", "ido", "ida", "idos", "idas", "eu", "eram", "ia", "iam", "é", "ée",
              "és", "ées", "ait", "aient"),
        "g": ("iendo", "endo", "ant"), "f": ("erá", "erán", "ería", "erão", "era", "eront", "erait"),
    },
    "ir": {
        "b": ("o", "es", "e", "imos", "en", "em", "is", "it", "issent", "irem"),
        "p": ("í", "ió", "ieron", "ía", "ían", "ido", "ida", "idos", "idas", "iu", "iram", "ia", "iam", "i", "ie",
              "issait"),
        "g": ("iendo", "indo", "issant"), "f": ("irá", "irán", "iría", "irão", "ira", "iront"),
    },
    "are": {"b": ("o", "i", "a", "iamo", "ano"), "p": ("ato", "ata", "ati", "ate", "ava", "avano"), "g": ("ando",),
            "f": ("erà", "eranno")},
    "ere": {"b": ("o", "i", "e", "iamo", "ono"), "p": ("uto", "uta", "uti", "ute", "eva", "evano"), "g": ("endo",),
            "f": ("erà",)},
    "ire": {"b": ("o", "i", "e", "iamo", "ono", "isce", "iscono"), "p": ("ito", "ita", "iti", "ite", "iva", "ivano"),
            "g": ("endo",), "f": ("irà",)},
}


def _forms(infinitive: str, english: tuple[str, str, str]) -> dict[str, str]:
    """Every form of a regular ``infinitive``, each read as its English form."""
    base, past, ing = english
    meant = {"b": base, "p": past, "g": ing, "f": f"will {base}"}
    ending = next(end for end in ("are", "ere", "ire", "ar", "er", "ir", "re") if infinitive.endswith(end))
    stem = infinitive[: -len(ending)]
    forms = {infinitive: base}
    for kind, endings in _ENDINGS.get(ending, {}).items():
        forms.update({stem + end: meant[kind] for end in endings if len(stem + end) > 3})
    return forms


# Forms that are English words of another meaning: "fine" (finir), "media" (medir), "grave" (gravar)
_ENGLISH_ALREADY = frozenset({
    "cape", "capita", "commandant", "commando", "cream", "fine", "fines", "grave", "important", "lance", "media",
    "participant", "precise", "giro", "converse", "finite", "curran", "curtis", "large", "largo", "ache", "volta",
    "costa", "volvo",
    "encanto",  # Disney's film
})
_CONJUGATED = {
    form: meant
    for infinitives, english in _REGULAR_VERBS.items() for infinitive in infinitives
    for form, meant in _forms(infinitive, english).items() if form not in _ENGLISH_ALREADY
}
# It: "la", "lo" or "le" before a verb is no article, nor after its infinitive: "quien la dirige?", "le gusta
# hacerlas?", "les kids le regardent en boucle"; nor are "me" and "nos" after it, "me" being read in the verb as
# other object pronouns are: "recomendarme"
_IT_BEFORE = re.compile(r"(?<![\w'])(la|lo|le) ([^\W\d_]+)(?![\w'])", re.IGNORECASE)
_JOINED_AFTER = {"las": "it", "los": "it", "la": "it", "lo": "it", "me": "", "nos": "us"}
_IT_AFTER = re.compile(r"(?<![\w'])([^\W\d_]+?(?:ar|er|ir))(las|los|la|lo|me|nos)(?![\w'])", re.IGNORECASE)
# An adjective after its noun, as these languages put it, before it as English does: "hay actores nuevos en la 2?"
_AFTER_NOUN = re.compile(
    # (nor after an article already read in English: "quando il nuovo film", "il" read "the")
    r"(?<![\w'])(?!(el|la|los|las|un|una|unos|unas|o|a|os|as|um|uma|le|les|il|une|des|del|de|da|do|the|an)\b)"
    r"([^\W\d_]+)"
    r" (nuevos|nuevas|nuevo|nueva|novos|novas|novo|nova|nouveaux|nouvelles|nouveau|nouvelle|nuovi|nuove|nuovo|nuova"
    r"|favoritos|favoritas|favorito|favorita|préféré|préférée|preferito|preferita)(?![\w'])",
    re.IGNORECASE,
)
# A sentence ending in "sale" (or "sale there") asks whether someone is in it: "christopher mcdonald sale o lo confundo
# con otra", "adriana barraza actúa ahí?"
_IS_IN_IT = re.compile(
    r"(?<![\w'])(?<!cuando )(?<!cuándo )(?<!quando )(sale|aparece|actúa|actua|atua|sai|entra|participa|participam"
    r"|participan)( (ahí|ahi|aí|allí|alli|là|lì))?(?=\s*([?!.]|$|o\b|ou\b))",
    re.IGNORECASE,
)
# Which language a message is mostly in, by the small words only it has
_LANGUAGE_WORDS = {
    "es": frozenset({
        "el", "los", "las", "es", "está", "pero", "muy", "hay", "y", "qué", "cuándo", "dónde", "quién",
        "cómo", "una", "para", "por", "porque", "la", "lo", "se", "le", "cuando", "donde", "quien", "como",
        "eso", "esto", "pues", "tiene", "dijo", "sale", "también", "tambien", "al",
    }),
    "pt": frozenset({
        "os", "da", "dos", "das", "em", "é", "não", "nao", "tem", "foi", "vai", "ele", "ela", "isso", "mais",
        "muito", "também", "tambem", "pra", "um", "uma", "você", "voce", "vc", "na", "no", "quem", "onde", "quando",
        "pq", "tá", "ou", "esses", "essas", "deles", "tb", "tbm", "né", "qnd", "já", "até", "são", "nesse", "nessa",
        "neste", "nesta", "nestes", "msm", "oq", "kkk", "ficou", "estão", "do", "filme", "filmes", "vocês",
        "tava", "tavam", "estava", "estavam", "essa", "esse", "fazendo", "olha", "lá", "miúdos", "miudos",
    }),
    "fr": frozenset({
        "le", "les", "des", "du", "est", "et", "il", "elle", "qui", "quoi", "où", "pourquoi", "combien", "quel",
        "quelle", "au", "aux", "une", "sont", "dans", "avec", "pour", "c'est", "ce", "ces", "sur", "pas", "fait",
        "aussi", "comment", "dit", "y",
    }),
    "it": frozenset({
        "il", "gli", "lo", "della", "di", "che", "è", "sono", "anche", "cosa", "chi", "perché", "perche", "quanti",
        "nel", "nella", "dei", "degli", "questo", "questa", "i", "li", "lui", "ha", "mai", "c'è", "tutti", "ogni",
        "quale", "quelli", "hanno", "molto", "dove", "ci", "non", "ma", "sul", "sulla", "alla", "alle", "agli", "nei",
        "negli", "delle", "sto", "sti", "ste", "stato", "stata", "dimmi",
        "ancora", "ho", "qualche", "ndo", "er",
    }),
}
# Words two of them read apart, read by the language of the message: Spanish and Italian "o" is "or", Portuguese "o"
# is "the"; French "il" is "he", Italian "il" is "the"; French "mais" is "but", Portuguese "mais" is "more".
# Portuguese "do" and "no" ("do Disney+", "no cinema") are "of the" and "in the" where English would read its own.
_READ_APART = {
    "es": {"o": "or", "mais": "but", "mas": "more", "nos": "", "il": "the"},
    "pt": {"o": "the", "mais": "more", "mas": "but", "do": "of the", "no": "in the", "na": "in the", "nos": "in the",
           "nas": "in the", "ta": "is", "as": "the", "tu": "you", "il": "the"},
    "fr": {"il": "he", "mais": "but", "a": "has", "o": "or", "va": "will", "ai": "have", "si": "if", "tu": "you",
           "ma": "my", "ta": "your", "sa": "his"},
    "it": {"il": "the", "o": "or", "i": "the", "come": "how", "cosa": "what", "li": "them", "ha": "has", "mai": "ever",
           "da": "from", "lui": "he", "mais": "but", "dove": "where", "su": "on", "va": "goes", "si": "", "tu": "you",
           "sta": "this", "fa": "makes"},
}
_APART_WORDS = frozenset(word for words in _READ_APART.values() for word in words)


def _language(tokens: list[str]) -> str:
    """The language whose own small words ``tokens`` hold most of (Spanish on a tie)."""
    return max(_LANGUAGE_WORDS, key=lambda language: sum(token in _LANGUAGE_WORDS[language] for token in tokens))


# Spanish "no se" before a verb says it is not done ("por qué no se podía medir"), not "I don't know", which it says
# before what is not known: "no se si sale", "no se cuando"
_NOT_DONE = re.compile(
    r"(?<![\w'])no se(?= (?!(si|que|qué|cuando|cuándo|donde|dónde|quien|quién|quienes|como|cómo|cual|cuál|cuanto"
    r"|cuánto|cuantos|cuántos|nada|bien|mucho|por|porque|pero|la verdad)\b)[^\W\d_])",
    re.IGNORECASE,
)
# "secondo", "según" before whose word it is are "according to" (not "il secondo", the second one): "secondo
# Rodriguez cosa cercano i bambini?", "segundo o diretor"
_ACCORDING_TO = re.compile(
    r"(?<![\w'])(?<!\bil )(?<!\bel )(?<!\bo )(?<!\ble )(?<!\bla )(?<!\ba )(secondo|según|segun|selon|segundo)"
    r"(?= ((lui|lei|él|ele|ela|elle|eux|il|el|o|a|le|la)\b|(?-i:[A-Z])))",
    re.IGNORECASE,
)
# French chat's "genre" before a number, or opening what it says, is "like", not a film's genre: "mon gars l'a vu
# genre 40 fois", "genre netflix peut voir combien...", "il a dit quoi, genre 'it just will not stop'?"
_LIKE_GENRE = re.compile(r"(?<![\w'])genre(?= \d)|(?:^|(?<=[,.;:!?]))(\s*)genre\b(?! de\b)", re.IGNORECASE)
# "or what" ending a question: "en una entrevista o que", "ou quoi?" (not Portuguese "o que" asking what)
_OR_WHAT = re.compile(r"(?<![\w'])(o|ou) (que|quoi|qué)(?=\W*$)", re.IGNORECASE)
# An article or a pronoun joined to the next word by an apostrophe: "l'école", "dell'articolo", "qu'il"
_ELISIONS = {
    "l": "the", "d": "of", "qu": "that", "n": "", "j": "i", "s": "", "dell": "of the", "nell": "in the",
    "all": "to the", "dall": "from the", "sull": "on the", "un": "a", "t": "you",
}
_ELIDED = re.compile(r"(?<![\w'])(" + "|".join(_ELISIONS) + r")['\u2019](?=[^\W\d_])", re.IGNORECASE)


# Where a word starts and ends: not inside another, nor joined to one by an apostrophe ("l'école", "ppl's"); a quote
# opening or closing on it is no such apostrophe ("'la mejor vida'")
_WORD_START = r"(?<!\w)(?<!\w')"
_WORD_END = r"(?!\w|'\w)"


def whole_words(table: Mapping[str, str], before: str = _WORD_START, after: str = _WORD_END) -> re.Pattern[str]:
    """Any of ``table``'s keys as a whole word or phrase, in any case: not inside a longer one, nor joined to another
    by an apostrophe ("ppl's pick" stays; a quote opening or closing on one counts: "'la mejor vida'"). The longest is
    tried first, so a phrase wins over the word it starts with."""
    keys = sorted(table, key=len, reverse=True)
    return re.compile(before + "(" + "|".join(map(re.escape, keys)) + ")" + after, re.IGNORECASE)


_START = whole_words(_AT_START, r"(?:^|(?<=[?.!,;:¿¡]))\s*")
_TABLES = (_WORDS, _VERBS, QUESTION_WORDS, FILM_WORDS, _CONJUGATED)  # the first that has a word reads it
# A table's keys of more than a word ("antes de", "c'est") are read as phrases, the others word by word
_WORD_PHRASES = {key: meant for table in reversed(_TABLES) for key, meant in table.items() if not key.isalpha()}
# Phrases and words read apart in one pass, so that what one gives in English is not read again ("quando esce" ->
# "when will come out", whose "come" is not Italian "how")
_PHRASE_OR_APART = whole_words({**_WORD_PHRASES, **_PHRASES, **dict.fromkeys(_APART_WORDS, "")})
_WORD = re.compile(_WORD_START + r"[^\W\d_]+" + _WORD_END)
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)?|[¿¡]")  # (Spanish opening marks too)
_MARKERS_NEEDED = 2
_FEW_WORDS = 4
_ASKING = frozenset({
    "que", "quien", "quienes", "cuando", "donde", "cual", "cuales", "cuanto", "cuantos", "cuantas", "como", "porque",
    "qual", "quais", "quem", "quando", "onde", "quanto", "quantos", "pq", "quoi", "pourquoi", "combien", "quand",
    "quel", "quelle", "chi", "perche", "quanti",
})


# Chat's short forms of the language's small words, written out first: "de q va la primera?", "xq a veces cancelan"
_SHORT_FORMS = {
    "oq": "o que", "q": "que", "k": "que", "xq": "porque", "porq": "porque", "x": "por", "d": "de", "tmb": "también",
    "tb": "também", "tbm": "também", "pa": "para", "pra": "para", "qnd": "quando", "qdo": "quando", "vc": "você",
    "qto": "quanto", "qts": "quantos", "qtas": "quantas", "pb": "problème",
    "vcs": "vocês", "msm": "mesmo", "nd": "nada", "ngm": "ninguém", "cmg": "comigo", "c": "c'est", "pros": "para os",
    "n": "não", "nn": "non", "tô": "estou", "tava": "estava", "cê": "você", "xké": "perché", "xke": "perché",
    "xk": "perché", "pk": "pourquoi", "koi": "quoi", "kan": "quand", "cmt": "comment", "mtn": "maintenant",
    "slt": "salut", "ke": "que", "cmq": "comunque", "jsp": "je sais pas", "rs": "", "pe'": "per",
    "ndo": "dove", "er": "il",  # (Rome's: "ndo lo vedo er primo")
    "ki": "qui", "cv": "ça veut",
}
_SHORT_FORM = whole_words(_SHORT_FORMS, r"(?<![\w'-])", r"(?![\w'-])")  # (not "X-Men")
# "está" before what is going on, or ending what is said, is "is", not "this": "ya esta trabajando en la secuela"
_IS_GOING_ON = re.compile(
    r"(?<![\w'])(?<!en )(esta|estan)(?= (\w+(ando|endo|iendo)|en|bien|buena|segura|seguro|confirmad[oa])\b|\W*$)"
    r"|(?<![\w'])(sta|stanno)(?= (\w+ )?\w+(ando|endo)\b)",  # Italian's: "sta già lavorando al sequel"
    re.IGNORECASE,
)
# "para" before a verb is "to": "pra assistir os filmes", "pour regarder" (not in "c'est pour dire quoi", a phrase)
# (not before a word that only ends so: "per altre famiglie", "pour notre")
_TO_DO = re.compile(
    r"(?<![\w'])(?<!c'est )(para|pra|pa|pour|per)"
    r"(?= (?!(altre|altri|nostre|vostre|notre|votre|autre|autres|entre|sempre|madre|padre|genre)\b)"
    r"[^\W\d_]+(ar|er|ir|re)\b)",
    re.IGNORECASE,
)


def mixes_in(text: str, english: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` is asked, wholly or in part, in Spanish, Portuguese, French or Italian: two of their small
    words at least, or one in a message of a few words ("nova franquia?"). A word with an accent counts too, and a
    marker with one twice, English having none ("está na netflix?", "no entendí esa parte"); so does an article
    joined to its word, twice ("titolo dell'articolo?"), and, given the ``english`` words, a word these tables read
    that English does not have ("trovo")."""
    return _mixes_in(text, _TOKEN.findall(text), english)


def _mixes_in(text: str, typed: list[str], english: frozenset[str]) -> bool:
    """``mixes_in`` for ``text`` whose words, as typed, are ``typed``."""
    tokens = [token.lower() for token in typed]
    found = sum(token in _MARKERS for token in tokens) + sum(not token.isascii() for token in tokens)
    found += 2 * len(_ELIDED.findall(text))  # "titolo dell'articolo?"
    found += typed.count("el")  # "sale en el cast?" (not "El Mariachi")
    if english:
        found += sum(
            len(token) > 2 and token.isascii() and token not in english and token not in _MARKERS
            and _known(token) for token in tokens
        )
    # asked by its question word: "quienes actuan en we can be heroes"
    found += bool(tokens) and tokens[0] in _ASKING
    return found >= _MARKERS_NEEDED or (found >= 1 and len(tokens) <= _FEW_WORDS)


# What the engine answers a question written mostly in another script, which nothing here reads: not "the article
# doesn't say", which would not be the truth.
UNREAD_SCRIPT_TEXT = (
    "I can't read that script: please ask in English, Spanish, Portuguese, French, Italian, German or Dutch. "
    "Answers quote the article in English."
)
_UNREAD_SHARE = 1 / 3  # of a message's letters, in another script than the Latin one


def in_unread_script(text: str) -> bool:
    """Whether a third or more of ``text``'s letters are of a script other than the Latin one ("续集什么时候开拍",
    "Почему дети так любят этот фильм?"): neither the word tables nor the model read it."""
    letters = [char for char in text if char.isalpha()]
    other = sum(not unicodedata.name(char, "").startswith("LATIN") for char in letters)
    return bool(letters) and other >= _UNREAD_SHARE * len(letters)


def in_english(text: str, english: frozenset[str] = frozenset()) -> str:
    """``text`` read in English word for word when it mixes in another language ("y la segunda cuando sale" -> "and
    the sequel when does it come out"; German and Dutch by ``germanic``), else as it is; ``english`` is what English
    words there are."""
    german_or_dutch = germanic.in_english(text, english)  # (its "de", "en", "die" would read as Romance small words)
    if german_or_dutch is not None:
        return german_or_dutch
    typed = _TOKEN.findall(text)
    if not _mixes_in(text, typed, english):
        return text
    tokens = [token.lower() for token in typed]
    text = _SHORT_FORM.sub(lambda match: _SHORT_FORMS[match.group(1).lower()], text)
    text = _IS_IN_IT.sub("is in it", text)
    text = _IS_GOING_ON.sub("is", text)
    text = _TO_DO.sub("to", text)
    text = _OR_WHAT.sub("or what", text)
    text = _NOT_DONE.sub("not", text)
    text = _ACCORDING_TO.sub("according to", text)
    text = _LIKE_GENRE.sub(lambda match: f"{match.group(1) or ''}like", text)
    apart = _READ_APART[_language(tokens)]
    text = _PHRASE_OR_APART.sub(lambda match: _phrase_or_apart(match.group(1), apart), text)
    text = _ELIDED.sub(lambda match: _ELISIONS[match.group(1).lower()] + " ", text)
    text = _IT_BEFORE.sub(lambda match: _it_verb(match.group(2), match.group()), text)
    text = _IT_AFTER.sub(
        lambda match: match.group() if _known(match.group()) else _it_verb(
            match.group(1), match.group(), _JOINED_AFTER[match.group(2).lower()], joined=True
        ),
        text,
    )
    text = _AFTER_NOUN.sub(r"\3 \2", text)
    text = _OPENING.sub(lambda match: match.group(1) + _OPENINGS[match.group(2).lower()], text)
    text = _START.sub(lambda match: match.group().replace(match.group(1), _AT_START[match.group(1).lower()]), text)
    text = _WORD.sub(lambda match: _lookup(match.group()), text)
    # (a Spanish opening mark opening the message, which English has not, would hide that a name opens the question:
    # "¿Pedro Pascal vuelve...?"; one after a word still marks where the question starts: "parce, ¿qué es...?")
    return " ".join(text.lstrip("¿¡ ").split())


def _phrase_or_apart(typed: str, apart: dict[str, str]) -> str:
    lower = typed.lower()
    for table in (_PHRASES, _WORD_PHRASES, apart):
        if lower in table:
            return table[lower]
    return typed


def _it_verb(verb: str, as_typed: str, pronoun: str = "it", joined: bool = False) -> str:
    """ "watch it" for "la ven" ("recommend", its "me" read in the verb, for "recomendarme"), as typed when not a
    verb ("la primera"). An Italian infinitive drops its last vowel when "lo" is ``joined`` to it: "guardarlo"."""
    forms = (verb.lower(), f"{verb.lower()}e") if joined else (verb.lower(),)
    meant = next((table[form] for form in forms for table in (_VERBS, _CONJUGATED) if form in table), None)
    return f"{meant} {pronoun}".strip() if meant else as_typed


def _known(word: str) -> bool:
    """Whether a table reads ``word`` whole: Italian "parla" is no verb "par" with "la" joined to it."""
    return any(word.lower() in table for table in _TABLES)


def _lookup(word: str) -> str:
    lower = word.lower()
    for table in _TABLES:
        if lower in table:
            return table[lower]
    return word
