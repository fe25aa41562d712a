// Three lists, kept apart so each can be read and argued about on its own.

// Function words (English).
const english = `a about above after again against all almost also although always am among an and
any are around as at be because been before being below between both but by can cannot could did do
does doing done down during each either else even ever every few for from further had has have having
he her here hers herself him himself his how however i if in into is it its itself just least less
like made make many may me might more most much must my myself namely neither no nor not now of off
often on once one only or other others otherwise our ours ourselves out over own per rather same
several shall she should since so some such than that the their theirs them themselves then there
therefore these they this those though through thus to too toward towards under until up upon us
very via was we well were what whatever when where whereas whether which while who whom whose why
will with within without would yet you your yours yourself yourselves e g eg ie i e et al etc vs
two three four five first second third across along amid amongst onto throughout unlike versus`;

// Words every abstract uses, whatever it is about.
const academic = `abstract achieve achieved achieves achieving address addressed addresses addressing
advantage allow allows analysis analyze approach approaches available based benchmark benchmarks
best better challenge challenges challenging code codes common compared comparable comprehensive
conduct conducted consider consistently demonstrate demonstrated demonstrates design designed
develop developed different effective effectively effectiveness efficacy empirical empirically
enable enables enhance enhanced enhancing especially evaluate evaluated evaluation existing
experiment experimental experiments explore extensive extensively finally find finding findings
first furthermore given github help high highly important improve improved improvement improvements
improves improving including increase increasing introduce introduced investigate issue issues
key large lead leads leverage leverages leveraging limited lower many method methods moreover
new novel number observe observed obtain offer outperform outperforming outperforms paper particular
particularly performance perform performed performing performs play potential present presented
previous prior problem problems propose proposed proposes provide provided provides publicly
recent recently release released remarkable require required requires research respectively result
results reveal set setting settings show shown shows significant significantly similar simple
specifically state art strong study studies substantial success successful superior task tasks
technique techniques therefore towards use used uses using various way ways well wide work works
ability able accurate accurately achieves actual additional additionally aim aimed aims
alleviate alternative applicable application applications applied apply applying arbitrary
aspect aspects assess attain attention average behind believe beneficial benefit benefits beyond
bring broad capable capture case cases cause caused certain change changes claim clear closely
come comes competitive complex consequently considerable considered consistent constraint
contrast contribution contributions correct corresponding cost costly costs crucial current
currently deal demand depend dependent depends despite detailed determine difficult difficulty
direct directly discover diverse does drawn due easily easy effect effects efficiently elegant
emerging empirically enabling end enough ensure entire essential establish established
evaluating even evidence exact example examples exhibit expensive explicitly exploit exploiting
extend extended extending extent facilitate fact factor factors fail fails fairly far fast
faster feasible fewer flexible focus focused focuses follow following formulate framework
frameworks full fully fundamental gain gains general generally generate generated generic good
great greatly growing guarantee guide hard hence hold holds huge idea identify identifying
illustrate impact impressive include includes increasingly independent individual inherent
insight insights instance instead interesting intuition involve involves known lack largely
latter leading limit limitation limitations limiting little lack main mainly maintain major make
makes making manner matter maximize means minimal mitigate modern multiple nature nearly
necessary need needed needs notably numerous observation observations obtained offers optimal
original otherwise overall partially perspective poor poorly popular possible powerful practical
practice precisely present preserve primarily principle produce promising proposal prove
provably purpose quickly rapidly reason reasonable reasons recent reduce reduced reduces
reducing regarding related relative relatively rely relies remain remains report represent
require requiring respect rich robust role scenario scenarios seen several showing similarly
simultaneously situation small solution solutions solve solving sometimes specific standard
still straightforward strength subsequently successfully suffer suggest suitable sufficient
support surprising take takes thereby together tool toward typical typically understand
understanding unified unique upon usage useful usually utilize utilizing valuable variety
versatile whole widely yield yields`;

// Boilerplate nouns in most abstracts, yet the head of a term of art in some field (`dark matter`,
// `climate change`, `risk factor`, `side effects`, `support vector`, `graph attention`): they must
// not cut a phrase, so automatic topics keep these phrases whole.
const termsOfArt = `attention change changes effect effects factor factors matter support`;

// The collection's own subject: in a document about transfer learning, these say nothing.
const collection = `transfer transfers transferred transferring learning learn learned learns model models
modeling modelling deep neural network networks data dataset datasets train trained training`;

/** English function words alone (`of`, `and`, `the`): words a name may hold that say nothing of its subject. */
export const functionWords: ReadonlySet<string> = new Set(english.split(/\s+/).filter(Boolean));

/**
 * Stop words of any collection: English function words and academic boilerplate, less the
 * boilerplate words that are some field's terms of art. Automatic topics use these and leave the rest to document frequency.
 */
export const genericStopWords: ReadonlySet<string> = new Set(
  `${english} ${academic}`.split(/\s+/).filter((word) => word !== '' && !termsOfArt.split(/\s+/).includes(word)),
);

/**
 * Stop words for TF-IDF: English function words, academic boilerplate, and the terms
 * ubiquitous in a paper collection (`transfer`, `learning`, `model`). Document-frequency
 * pruning in {@link tfidf} removes the rest of a collection's ubiquitous terms.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `${english} ${academic} ${collection}`.split(/\s+/).filter(Boolean),
);
