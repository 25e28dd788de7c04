"""Exercises for Chapter 4, Knowing yourself: values, beliefs and social location."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Pair,
    Reflection,
    Scenario,
    SelfCheck,
    SelfCheckItem,
    SingleChoice,
    Step,
)

EXERCISES = [
    SingleChoice(
        id="knowing-yourself-what-did-you-see",
        title="Choose the best note about Curtis's visit",
        objectives=["bias"],
        prompt=(
            "Gloria asks Hannah to rewrite her note about Thursday's visit with Curtis. Which version is the best note?"
        ),
        options=[
            Option(
                text=(
                    '"11:30 a.m. visit. Curtis in bathrobe, blinds closed. Said he has not called the '
                    'thrift store, and back pain kept him up."'
                ),
                correct=True,
                feedback=(
                    "Yes. Every part of this note is something Hannah saw or heard, including what "
                    "Curtis said in his own words. It leaves out her conclusions, so the next worker "
                    "can meet Curtis without a label already in place. The note does not need to be "
                    "long, and it does not need to explain him: his own account does that."
                ),
            ),
            Option(
                text=(
                    '"11:30 a.m. visit. Curtis answered the door in his bathrobe, and the blinds were '
                    'closed. He has not called the thrift store yet."'
                ),
                feedback=(
                    "Close. Everything here is something Hannah saw, and that is a real step "
                    "forward. But it leaves out what Curtis said about his back. Without his own "
                    "account, the next worker will fill the gap, perhaps with the same "
                    '"lacks motivation" Hannah first wrote. Record what the person says, too.'
                ),
            ),
            Option(
                text=(
                    '"Curtis was polite and friendly today, though he still seems to lack motivation '
                    'about the thrift store."'
                ),
                feedback=(
                    'Not quite. Adding something kind does not fix the problem. "Lacks motivation" '
                    "is still a judgment, not something Hannah saw, and it will shape how the next "
                    "worker sees Curtis. Kind labels are labels too."
                ),
            ),
            Option(
                text=(
                    '"Curtis seemed low: still in his bathrobe at 11:30, blinds closed. Might be '
                    'depressed; worth a doctor visit."'
                ),
                feedback=(
                    "Not this one. The worry is kind, and the first part describes what Hannah saw. "
                    "But it swaps one conclusion for another, and suggesting a diagnosis is outside "
                    "a support worker's scope of practice. If Hannah is worried about his mood, she "
                    "can describe what she saw and heard and tell her supervisor."
                ),
            ),
            Option(
                text=(
                    '"Curtis slept late again and has made no progress on his goal of volunteering at '
                    'the thrift store."'
                ),
                feedback=(
                    'Not yet. "Again" hints at a pattern Hannah has not shown, and "his goal" treats '
                    "the thrift store as Curtis's goal when it was Hannah's idea. Curtis already "
                    "volunteers every Tuesday at the food bank. Stick to what happened and what "
                    "Curtis said."
                ),
            ),
        ],
    ),
    Matching(
        id="knowing-yourself-value-sources",
        title="Match each value to where it came from",
        objectives=["values-origins"],
        prompt="Match each example to the source of values it shows best.",
        pairs=[
            Pair(
                left='Your grandmother often said, "We look after our own"',
                right="Family",
            ),
            Pair(
                left="At every shared meal you went to as a child, elders were served before anyone else",
                right="Culture and community",
            ),
            Pair(
                left="Your place of worship taught that you should give part of what you have to people in need",
                right="Faith and belief",
            ),
            Pair(
                left="Your hockey coach benched any player who was late for practice",
                right="School, teams and friends",
            ),
            Pair(
                left="The shows and posts you see suggest that a successful life means a big house and a new car",
                right="Media",
            ),
            Pair(
                left="Two years of working nights at a shelter taught you to value patience",
                right="Life experience",
            ),
        ],
        extras=["A professional code of ethics", "Agency policy"],
        rationale=(
            "Family sayings carry values from one generation to the next. Customs such as "
            "serving elders first are learned in a culture and community. Faith traditions teach "
            "duties such as giving. Coaches, teachers and friends teach what counts as fair or "
            'successful. Media repeats pictures of a "normal" or "good" life until they feel '
            "true. What you live through, at home or at work, often shapes values most of all. In real life, the sources "
            "overlap: a family saying may carry a faith or a culture too. What matters is that "
            "you can trace a value back to where you learned it. A code of ethics and an agency "
            "policy match none of the examples: they are where *professional* values come from, "
            "the values your role asks you to act on at work. The page "
            '"Personal values and professional values" sets the two kinds side by side.'
        ),
    ),
    Reflection(
        id="knowing-yourself-one-value",
        title="Trace one of your values to where it came from",
        objectives=["values-origins"],
        prompt=(
            "Think of a saying you heard again and again growing up, or a lesson that a person, "
            "a faith, a place or a hard time taught you. In a few sentences, name one value it "
            "gave you and describe where you learned it: who said it or showed it to you, and "
            "when. Then describe one moment in this work where that value could help you, and "
            "one where it could get in the way with a person who lives by a different value. "
            "Write only what you are comfortable writing: your answer stays in your own browser."
        ),
        checklist=[
            "Did I name one value in my own words, not only a word from a list?",
            "Did I say where I learned it: a person, a saying, a faith, a place or an experience?",
            "Did I describe one moment at work where the value could help me?",
            "Did I describe one moment where it could get in the way, with a person who lives by a different value?",
            "Did I describe the other person's value as a difference, not as a flaw?",
        ],
        min_words=60,
    ),
    SelfCheck(
        id="knowing-yourself-values-check",
        title="Rate how well you know your values",
        objectives=["values-origins"],
        confidence=True,
        prompt=(
            "Rate how much each statement sounds like you right now. This self-check is for "
            "reflection, not a diagnostic tool. There are no right or wrong values, and your "
            "score says nothing about whether you will be a good worker. It only points you to "
            "questions worth thinking about."
        ),
        scale=["Not like me", "A little like me", "Mostly like me", "Very much like me"],
        items=[
            SelfCheckItem(
                text="I can name three values that guide my everyday choices.",
                page="book/foundations/04-knowing-yourself/values",
            ),
            SelfCheckItem(
                text="I can say where at least one of my values came from, such as a person, a faith, a place or an experience.",
                page="book/foundations/04-knowing-yourself/values",
            ),
            SelfCheckItem(
                text="When someone makes a choice I would not make, I notice my reaction before I act on it.",
                page="book/foundations/04-knowing-yourself/personal-and-professional",
            ),
            SelfCheckItem(
                text="I assume most people share my sense of what is normal.",
                reverse=True,
                page="book/foundations/04-knowing-yourself/values",
            ),
            SelfCheckItem(
                text="I can think of a value I hold that someone I respect does not share.",
                page="book/foundations/04-knowing-yourself/values",
            ),
            SelfCheckItem(
                text="When something a person does irritates me, I usually decide the problem is with them.",
                reverse=True,
                page="book/foundations/04-knowing-yourself/values",
            ),
            SelfCheckItem(
                text="I have changed my mind about something important because of a person I met or something I lived through.",
                page="book/foundations/04-knowing-yourself/values",
            ),
            SelfCheckItem(
                text="When I have a strong reaction to someone, I ask myself which of my values it touches.",
                page="book/foundations/04-knowing-yourself/values",
            ),
        ],
        bands=[
            Band(
                min=0,
                max=8,
                label="Start with one value",
                meaning=(
                    "Many people have not yet had a reason to look closely at their values, and "
                    "that is a fine place to begin. Pick one value you hold and write down where "
                    'you learned it. Then try the pause-and-reflect prompt on "Where your values '
                    'come from" again, and talk it over with someone you trust.'
                ),
            ),
            Band(
                min=9,
                max=16,
                label="Keep noticing",
                meaning=(
                    "You have started to notice your values and where they come from. Look at "
                    "the statements that fit you least well: for statements 4 and 6, those you "
                    'rated "Mostly like me" or "Very much like me"; for the others, those you '
                    'rated "Not like me" or "A little like me". Over the next week, watch for '
                    "one moment when someone's choice jolts you, and ask which value it touched."
                ),
            ),
            Band(
                min=17,
                max=24,
                label="Keep questioning",
                meaning=(
                    "You already reflect on your values quite often. Keep the habit going: the "
                    "values that feel most like common sense are the easiest to miss. Choose one "
                    "value you feel sure about and ask how a person you support might see it "
                    "differently, and why."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="knowing-yourself-biased-notes",
        title="Spot bias in shift notes",
        objectives=["bias"],
        prompt=(
            "Here are lines from shift notes in a supportive housing program. Which ones let a "
            "judgment or a bias slip in, instead of describing what happened? Select all that apply."
        ),
        options=[
            Option(
                text='"Tenant was non-compliant with house rules again."',
                correct=True,
                feedback=(
                    "Yes, this is a judgment. It does not say which rule, what happened or what "
                    'the tenant said. "Non-compliant" sounds like a fact but labels the person, '
                    'and "again" suggests a pattern without showing one.'
                ),
            ),
            Option(
                text='"Marlene said her hip hurt and asked for a ride to the clinic. Ride booked for 2 p.m."',
                feedback=(
                    "This one is fine. It reports what Marlene said and what was done, in plain "
                    "words. The next worker knows exactly what happened."
                ),
            ),
            Option(
                text='"Attention-seeking behaviour at dinner."',
                correct=True,
                feedback=(
                    'Yes. "Attention-seeking" guesses at a motive and often leads workers to '
                    "ignore a real need. Describe the behaviour instead: what the person did and "
                    "said, and what happened before it."
                ),
            ),
            Option(
                text='"Raised his voice at staff when told the laundry room was closed. Calm again after 5 minutes."',
                feedback=(
                    "This one describes what happened. It says what the tenant did, what came "
                    'before it and how it ended, without a label such as "aggressive."'
                ),
            ),
            Option(
                text='"Says she was up all night with pain, but she always has an excuse."',
                correct=True,
                feedback=(
                    "Yes. The first half reports what she said; the second half dismisses it. "
                    "Doubting some people's reports of pain is one of the quiet ways bias "
                    "shows up in care."
                ),
            ),
            Option(
                text="\"Said he was 'fed up with this place' and went to his room. Came out for supper at 6.\"",
                feedback=(
                    "This one is fine, even though it contains strong words. They are the "
                    "tenant's own words, in quotation marks, and the note says what he did next. "
                    "Recording what a person said is describing; putting your own label on it "
                    "would be judging."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="knowing-yourself-power-sources",
        title="Name the power in a helping relationship",
        objectives=["social-location-power"],
        prompt=(
            "You are a new, part-time support worker in a group home. Which of these statements "
            "about power in your relationship with a person you support are accurate? Select "
            "all that apply."
        ),
        options=[
            Option(
                text="What you write in the log shapes how later workers will see the person.",
                correct=True,
                feedback=(
                    "Yes. Your words shape how others see the person, often for years. That is "
                    "why describing before deciding matters so much."
                ),
            ),
            Option(
                text="Holding the van keys or the petty cash gives you power over the person's day.",
                correct=True,
                feedback=(
                    "Yes. Control over things the person needs or wants to use is a real source "
                    "of power, even when you are following agency rules."
                ),
            ),
            Option(
                text="If your account of an incident differs from the person's, the agency may believe yours.",
                correct=True,
                feedback=(
                    "Yes. Staff reports often carry weight with an agency. Knowing this should "
                    "make you careful to record the person's own account as well as your own."
                ),
            ),
            Option(
                text="The person you support holds power too, though it is easier to overlook.",
                correct=True,
                feedback=(
                    "Yes. The person is the expert on their own life and has rights, including "
                    "the right to say no. Their power is easier to overlook and harder for them "
                    "to use, which is why your job is to make room for it."
                ),
            ),
            Option(
                text="While you are new and part-time, your power in the relationship is small.",
                feedback=(
                    "Not quite. Your place in the agency and your power in the relationship are "
                    "different things. Even on your first shift, you hold real power in the life "
                    "of the person you support."
                ),
            ),
            Option(
                text="Once you are on first-name terms and get along well, the power gap between you closes.",
                feedback=(
                    "Not quite. Warmth and trust matter, and they make it easier for the person to "
                    "speak up. But you still write the notes, hold the keys and are more likely to "
                    "be believed. Sharing power starts with noticing it, not with assuming a good "
                    "relationship has made it go away."
                ),
            ),
            Option(
                text="When you follow agency rules, the power you use is the agency's, not yours.",
                feedback=(
                    "Not quite. The rules may come from the agency, but the person meets them "
                    "through you: you decide how you say no, how soon you unlock the door and "
                    "what you write afterward. The power is in your hands, so the care in using "
                    "it is yours too."
                ),
            ),
        ],
    ),
    Reflection(
        id="knowing-yourself-social-location",
        title="Reflect on your social location and power",
        objectives=["social-location-power"],
        prompt=(
            "Look at the figure of social location. In a few sentences, describe your own social "
            "location: choose the three or four spokes that have shaped your life the most, and "
            "say where they have made your road easier or harder. Then picture a person you "
            "might support whose social location differs from yours in at least two ways. "
            "Describe one way power could flow between you, and one thing you could do to share "
            "it. Write only what you are comfortable writing: your answer stays in your own "
            "browser."
        ),
        checklist=[
            "Did I name at least three parts of my own social location?",
            "Did I notice at least one place where I have had an easier road, without judging myself for it?",
            "Did I describe a person whose social location differs from mine, without relying on a stereotype?",
            "Did I name one way power could flow between us, and one concrete way to share it?",
        ],
        min_words=80,
    ),
    Scenario(
        id="knowing-yourself-value-clash",
        title="Dale asks Aisha for a naloxone kit",
        objectives=["personal-vs-professional", "values-origins"],
        prompt=(
            "You are Aisha, a support worker in a supportive housing program that follows a harm "
            "reduction approach. You lost an uncle to alcohol, and you believe the only safe "
            "amount of a drug is none. Make each choice as you would on the job."
        ),
        start="request",
        steps=[
            Step(
                id="request",
                text=(
                    "It is Monday afternoon. Dale, 38, a tenant you have known for two weeks, "
                    "knocks on the office door. He asks for a naloxone kit and a pack of safer-use "
                    "supplies. Handing them out is part of your job. You feel a knot in your "
                    "stomach. What do you do?"
                ),
                choices=[
                    Choice(
                        text='Hand him the supplies, but add: "You know this stuff is going to kill you, right?"',
                        next="lectured",
                        consequence=(
                            'Dale\'s face closes. "Yeah. Thanks." He takes the kit and leaves without another word.'
                        ),
                    ),
                    Choice(
                        text="Tell Dale you are not comfortable with this and he should ask another worker",
                        next="handoff",
                        consequence=(
                            "Dale looks around. The other worker is out on a home visit until "
                            'five. "Never mind," he says, and goes back to his room.'
                        ),
                    ),
                    Choice(
                        text="Hand Dale the supplies, and make a note to yourself about the knot",
                        next="steady",
                        consequence=(
                            'You say, "Here you go. Is there anything else you need today?" '
                            "Dale pauses in the doorway, as if deciding whether to say more."
                        ),
                    ),
                ],
            ),
            Step(
                id="lectured",
                text=(
                    "For the rest of the week, Dale walks past the office without stopping. On "
                    "Friday, a co-worker mentions that he has stopped coming to the tenant meeting."
                ),
                debrief=(
                    "Your worry for Dale is real, and so is your grief for your uncle. But at "
                    "work, your value turned into a lecture, and the program's value of meeting "
                    "people where they are got lost. Harm reduction depends on trust: a tenant "
                    "who feels judged stops asking for supplies and stops talking to staff. Notice "
                    "the reaction, name the value behind it, and bring it to supervision rather "
                    "than to Dale."
                ),
            ),
            Step(
                id="handoff",
                text=(
                    "Dale does not come back that evening. The next week, he waits in the lobby "
                    "until the other worker is on shift before he asks for anything, even a "
                    "maintenance request."
                ),
                debrief=(
                    "Being honest about your discomfort is a good instinct, but saying it to Dale, "
                    "in the moment, made your value conflict his problem. He went the rest of the "
                    "day without supplies that protect his health, and he learned to steer around "
                    "you. Nothing dramatic happened, and that is the trap: the cost is quiet. Dale "
                    "now has one fewer worker he can ask for help. If a task truly conflicts with your "
                    "values, raise it with your supervisor early and openly, so other support can "
                    "be arranged in advance. The person should never pay the price for your "
                    "discomfort."
                ),
            ),
            Step(
                id="steady",
                text=(
                    'Dale says, "My buddy moved out last week. I\'ve been using alone since." '
                    "If he overdoses while alone, no one will be there to help. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Thank him, and ask if he wants to go over ways not to use alone",
                        next="safer",
                        consequence=(
                            "Dale nods. You thank him for telling you, and you go over the "
                            "program's information on not using alone together. He says he will "
                            "ask his neighbour to check on him, and he shows you where he will "
                            "keep the naloxone kit."
                        ),
                    ),
                    Choice(
                        text="Tell him you will ask the night staff to knock on his door each hour tonight",
                        next="checked",
                        consequence=(
                            'Dale frowns. "I don\'t need a babysitter." He picks up the supplies '
                            "and heads back to his room before you can say more."
                        ),
                    ),
                    Choice(
                        text="Tell him about your uncle, and urge him to think about quitting",
                        next="uncle",
                        consequence=(
                            'Dale listens politely. Then he says, "Sorry about your uncle," and '
                            "the conversation is over. He has ended up comforting you."
                        ),
                    ),
                ],
            ),
            Step(
                id="uncle",
                text=(
                    "Dale leaves without the information he came close to asking for. You feel "
                    "you said something important, but he does not come back to the office that week."
                ),
                debrief=(
                    "Your story matters, and it is part of why you care. But here it moved the "
                    "focus from Dale's safety to your grief and your value of sobriety. Dale had "
                    "just trusted you with a real risk, and the moment to help with it passed. "
                    "Chapter 6 looks at when sharing your own story helps and when it does not. "
                    "For now, keep the focus on the person's goals, and take your feelings to "
                    "supervision."
                ),
            ),
            Step(
                id="checked",
                text=(
                    "The night staff knock each hour. Dale answers twice, then tapes a note to "
                    'his door: "Asleep. Leave me alone." The next morning, he tells a co-worker '
                    "he will not be telling you anything else."
                ),
                debrief=(
                    "You took the risk seriously, and your worry was right: using alone is "
                    "dangerous. But you decided the plan for Dale without asking him, in a "
                    "program that meets people where they are. He had just trusted you with "
                    "something hard, and what came back was a rule he did not choose. Ask first: "
                    "what would help him stay safer, and who could he have nearby? A plan he makes "
                    "is a plan he will use. Go back and try another way."
                ),
            ),
            Step(
                id="safer",
                text=(
                    "Your shift ends. Dale is safer than when he knocked, but you still feel "
                    "uneasy. You keep thinking about your uncle. What do you do with that feeling?"
                ),
                choices=[
                    Choice(
                        text="Ask your supervisor for time to talk about your uncle and Dale",
                        next="supervision",
                        consequence=(
                            "Your supervisor makes time on Wednesday. You talk about your uncle, "
                            "about Dale and about what harm reduction asks of you."
                        ),
                    ),
                    Choice(
                        text="Write about it in your journal, and raise it in supervision if it keeps up",
                        next="journal",
                        consequence=(
                            "Writing helps, and you sleep better. Over the next weeks, the knot "
                            "still comes back with some of the knocks on the office door."
                        ),
                    ),
                    Choice(
                        text="Push the feeling down and get on with the rest of your shift",
                        next="drift",
                        consequence=(
                            "You say nothing. Over the next month, the knot comes back each time "
                            "a tenant asks for supplies, and you start to dread those knocks on the "
                            "door."
                        ),
                    ),
                ],
            ),
            Step(
                id="supervision",
                text=(
                    "Your supervisor helps you see that your value and the program's value share "
                    "a root: both want Dale alive. You leave with a plan for what to do the next "
                    "time the knot shows up. Dale stops by the office on Friday to say hello."
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. You noticed your reaction and "
                    "named the value behind it. You kept Dale's choice separate from yours and "
                    "acted within your role, so he left with supplies, information and a worker "
                    "he can trust. Then you took your feelings to supervision, where they could "
                    "be worked through instead of carried alone. You did not have to give up your "
                    "value to do your job well."
                ),
            ),
            Step(
                id="journal",
                text=(
                    "At your regular supervision meeting a month later, you talk about schedules "
                    "and paperwork. The knot does not come up, and you are not sure how to raise it."
                ),
                debrief=(
                    "Reflecting on your own is a real start, and a journal is a good tool. Waiting "
                    "to see whether the feeling keeps up sounds sensible, but a knot like this "
                    "rarely announces itself at a meeting about schedules. The "
                    "last step of working through a value conflict pairs reflection with "
                    "supervision, because a supervisor can help you see what you cannot see alone. "
                    "Carried alone, it can grow into doubt about whether you belong in "
                    "the program. With a supervisor, it could have become a plan for the next time "
                    "the knot shows up. "
                    "Go back and try it."
                ),
            ),
            Step(
                id="drift",
                text=(
                    "A month later, a co-worker mentions that tenants seem to wait until you are "
                    "off shift to ask for supplies."
                ),
                debrief=(
                    "You did the right thing for Dale in the moment, and that matters. But an "
                    "unspoken value conflict does not go away. It leaks out in small ways that "
                    "people notice, and it wears on you. Reflecting on hard moments, alone and "
                    "with a supervisor, is part of the job, not an extra. Go back and try "
                    "another way."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="knowing-yourself-clash-steps",
        title="Which step did Ife skip?",
        objectives=["personal-vs-professional"],
        prompt=(
            "Ife is a community support worker in Winnipeg. Money was tight when she was "
            'growing up, and her mother often said, "Save it for a rainy day." Ross, 45, whom '
            "she supports, tells her he wants to spend most of his savings on a concert trip "
            "to Calgary. Ife feels a jolt of worry and says to herself, \"That's my mother's "
            "rainy-day rule talking.\" She reminds herself that it is Ross's money and Ross's "
            "choice. That afternoon, without a lecture, she helps him book the bus and the "
            "ticket. That night she writes about it in her journal, and on Thursday she talks "
            "it through with her supervisor. The next week, Ross cannot pay his phone bill. His "
            "support plan says he asked staff to go over his budget with him before any big "
            "purchase. Which step of working through a value conflict did Ife skip?"
        ),
        options=[
            Option(
                text="Checking Ross's plan and agency policy first",
                correct=True,
                feedback=(
                    "Yes. Ife did the inner work well: she noticed her worry, named where it came "
                    "from and kept Ross's choice separate from her own. But she went from \"his "
                    'choice" straight to action. The fourth step asks what your role asks of you '
                    "and what the person has already said he wants. Ross had asked for a budget "
                    "check before big purchases, so his own plan was part of his choice. Looking "
                    "at the budget with him first would have respected both the trip and his "
                    "plan. Checking is not a way to overrule him: the trip stays his decision."
                ),
            ),
            Option(
                text="Noticing her own reaction before she acted",
                feedback=(
                    "Not this one. Ife felt a jolt of worry and caught it before she said "
                    "anything to Ross. That is the first step, done well. Look later in the "
                    "process for what she missed."
                ),
            ),
            Option(
                text="Naming the value that was behind her worry",
                feedback=(
                    "Not this one. Ife named the value and where it came from: her mother's "
                    "rainy-day rule. Naming it is what kept her from lecturing Ross."
                ),
            ),
            Option(
                text="Separating her own choice from Ross's choice",
                feedback=(
                    "Not this one. Ife reminded herself that it was Ross's money and his choice, "
                    "and she acted on it. That step was done. The gap comes between that thought "
                    "and booking the ticket."
                ),
            ),
            Option(
                text="Reflecting afterward and taking it to supervision",
                feedback=(
                    "Not this one. Ife wrote in her journal and talked it through with her "
                    "supervisor on Thursday. Reflection came after the booking, though, and the "
                    "step she skipped comes before acting."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="knowing-yourself-humble-question",
        title="Open a first meeting with cultural humility",
        objectives=["cultural-humility"],
        prompt=(
            "You are meeting a person you will support for the first time, at their home. Their "
            "background differs from yours in several ways, and an adult son is with them. "
            "Which opening best shows cultural humility?"
        ),
        options=[
            Option(
                text='"Before we start, what should I know about how things are done in your home?"',
                correct=True,
                feedback=(
                    "Yes. This question lets the person lead and treats them as the expert on "
                    "their own life and culture. It assumes nothing about them based on a group, "
                    "and it leaves room for family, language and traditions without deciding in "
                    "advance what they mean to this person. It also treats their home as theirs: "
                    "you are the guest who needs to learn how things are done."
                ),
            ),
            Option(
                text='"I read about your culture before I came. Is it right that the family makes decisions together?"',
                feedback=(
                    "Not quite. Doing some reading is a good instinct, and asking is better than "
                    "assuming. But this opening starts from an article about a group and asks one "
                    "person to confirm it. What you read can help you ask better questions; it "
                    "cannot answer them for you. Start with this person instead."
                ),
            ),
            Option(
                text='"Your son can interpret for us today. Could you ask your mother what help she needs?"',
                feedback=(
                    "Not this one. It is meant to save time, but it talks past the person to her "
                    "son and gives him a role she has not chosen. Greet the person directly, ask "
                    "which language she prefers, and follow your agency's policy on interpreters: "
                    "many agencies prefer trained interpreters to family for important conversations."
                ),
            ),
            Option(
                text='"I treat each person the same way. Shall we start with our usual intake form?"',
                feedback=(
                    "Not this one. Treating people the same can sound fair, but it ignores real "
                    "differences in people's lives and in power. The usual form is part of your "
                    "agency's culture too, not a neutral starting point. Begin with what matters to "
                    "the person, then turn to the paperwork."
                ),
            ),
        ],
    ),
    Scenario(
        id="knowing-yourself-first-visit",
        title="First home visit with Nasrin in Edmonton",
        objectives=["cultural-humility", "social-location-power"],
        prompt=(
            "You are a home support worker in Edmonton. Make each choice as you would on the job, "
            "and see where it leads."
        ),
        start="arrive",
        steps=[
            Step(
                id="arrive",
                text=(
                    "Your first visit is with Nasrin Karimi, 67. She came to Canada from "
                    "Afghanistan two years ago and lives with her son Farid's family. Since a "
                    "stroke in the spring, she needs help with parts of her day. Last night, you "
                    'read an online article about "Afghan culture." It said families make '
                    "decisions together and that older women may prefer not to speak with "
                    "outsiders. Farid opens the door. Nasrin is sitting in the living room. What "
                    "do you do?"
                ),
                choices=[
                    Choice(
                        text="Greet them both, and direct your care questions to Farid",
                        next="sidelined",
                        consequence=(
                            "Farid answers your questions for his mother. After a few minutes, "
                            'Nasrin says something to him, and he laughs. "She says she can '
                            'speak for herself."'
                        ),
                    ),
                    Choice(
                        text="Mention what you read about Afghan families last night, and ask them whether it fits",
                        next="expert",
                        consequence=(
                            'Farid says, "Some families, maybe." Nasrin looks at the floor. The '
                            "rest of the visit is polite and short."
                        ),
                    ),
                    Choice(
                        text="Greet Nasrin directly, introduce yourself and ask how she would like to be called",
                        next="ask",
                        consequence=(
                            "Nasrin smiles. Through Farid, she says she would like to be called "
                            "Nasrin. You ask which language she prefers and mention that your "
                            "agency can book an interpreter. For private health matters, she says, "
                            "she would like an interpreter she does not know."
                        ),
                    ),
                ],
            ),
            Step(
                id="sidelined",
                text=(
                    "You apologize and turn to Nasrin, but the first impression is set. For the "
                    "next few visits, she lets Farid do most of the talking."
                ),
                debrief=(
                    "The article described a group, not Nasrin. Acting on it meant deciding "
                    "about her before meeting her, and it gave her son power over her support "
                    "that she had not asked to give him. Cultural humility starts by asking the "
                    "person how they want things done. General facts about a culture can help "
                    "you ask better questions, but they cannot answer them for you."
                ),
            ),
            Step(
                id="expert",
                text=(
                    "Over the next weeks, Nasrin tells you little about what she wants. When you "
                    "ask her a question, Farid often answers, and you fill the gaps with what you read."
                ),
                debrief=(
                    "You meant well: you had done some homework, and you asked instead of "
                    "announcing. But you started from an article about a group, so Nasrin had to "
                    "answer a stereotype before she could tell you about herself. It put the "
                    "article in the role of expert on her life. Nasrin is the expert on her own "
                    "life and culture. Start from curiosity about her, and let what you have read "
                    "shape your questions, not your first words."
                ),
            ),
            Step(
                id="ask",
                text=(
                    "At the next visit, with a phone interpreter on the line, you ask Nasrin what "
                    "a good day looks like for her. She says she wants to cook for her "
                    "grandchildren again. She also wants to say her prayers at set times without "
                    "being rushed. Your agency's schedule has her shower help at 10 a.m. What do "
                    "you do?"
                ),
                choices=[
                    Choice(
                        text="Ask when she prays and what cooking again would look like, and plan around her answers",
                        next="plan",
                        consequence=(
                            "Nasrin explains. Together you find a shower time that would fit "
                            "around her prayers, and you plan to start with one simple dish she "
                            "chooses. You tell her you will ask your supervisor to change the "
                            "schedule and let her know what they say."
                        ),
                    ),
                    Choice(
                        text="Write her wishes in the file, and tell her the scheduling office will decide what is possible",
                        next="passed-on",
                        consequence=(
                            "The interpreter passes this on. Nasrin thanks you. You send the note "
                            "to the office and go on to the shower."
                        ),
                    ),
                    Choice(
                        text="Explain that the 10 a.m. slot is fixed and cooking can wait until she is stronger",
                        next="schedule-first",
                        consequence=("The interpreter passes this on. Nasrin nods and says nothing more."),
                    ),
                ],
            ),
            Step(
                id="schedule-first",
                text=(
                    "For the next month, Nasrin is polite but quiet. She often seems tired at "
                    "10 a.m., and she has stopped mentioning the kitchen."
                ),
                debrief=(
                    "You asked a good question and then set the answer aside. The agency's "
                    "schedule is part of a culture too, and treating it as fixed put the "
                    "agency's habits ahead of what matters most to Nasrin. Sharing power means "
                    "building the plan around the person's answers, and raising with your "
                    "supervisor what you cannot change on your own."
                ),
            ),
            Step(
                id="passed-on",
                text=(
                    "Three weeks later, the shower is still at 10 a.m., and nobody has asked Nasrin "
                    "about the kitchen. She has stopped mentioning either."
                ),
                debrief=(
                    "Writing down her wishes was a start, and the office may well control the "
                    "schedule. But passing the note on left the plan to the agency's habits, and "
                    "Nasrin's answers went into a file instead of into her day. Sharing power means "
                    "building the plan with the person, then raising with your supervisor, and "
                    "following up, what you cannot change on your own. Go back and try again."
                ),
            ),
            Step(
                id="plan",
                text=(
                    "As you write up the plan, you say Nasrin's family name wrong twice. Farid "
                    "gently corrects you. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Thank him, say the name again and check it with Nasrin",
                        next="repair",
                        consequence=(
                            "Nasrin nods and says it once more, slowly. You repeat it. She smiles, "
                            "and you go back to the plan."
                        ),
                    ),
                    Choice(
                        text="Nod, avoid saying the name for the rest of the visit, and look it up later",
                        next="look-up",
                        consequence=(
                            "You finish the plan without saying the name again. At the door, "
                            "Farid says it once more, slowly, as if to help."
                        ),
                    ),
                    Choice(
                        text="Say sorry, explain that names are hard for you, and say you feel bad about it",
                        next="over-apology",
                        consequence=(
                            'Farid says, "It\'s fine, really." Nasrin pats your hand. For several '
                            "minutes, the visit is about making you feel better."
                        ),
                    ),
                ],
            ),
            Step(
                id="repair",
                text=(
                    "Two weeks later, Nasrin makes her first pot of rice since the stroke, with "
                    "you beside her. Her granddaughter takes a photo. In the log, you write down "
                    "what Nasrin told you about her day, in her own words."
                ),
                best=True,
                debrief=(
                    "This is cultural humility in practice. You spoke to Nasrin directly and asked "
                    "how she wanted to be addressed, in the language she preferred. You built the "
                    "plan around what mattered to her instead of around the schedule or an "
                    "article. When you made a mistake, you fixed it simply and kept the focus on "
                    "her. Your notes in her own words keep her voice at the centre for the next "
                    "worker too."
                ),
            ),
            Step(
                id="look-up",
                text=(
                    "At home, you find a recording online of a name that sounds close. At the next "
                    "visit, you say it with confidence. It is still not quite right, and Nasrin "
                    "lets it go."
                ),
                debrief=(
                    "Wanting to get it right is good, and taking time to learn is part of cultural "
                    "humility. But the people who know how to say Nasrin's name were in the room. "
                    "Avoiding the name left the mistake in place, and a recording of someone else "
                    "cannot tell you how her family says it. Repair mistakes in the moment, with "
                    "the person: thank them, correct it, check you have it right and carry on."
                ),
            ),
            Step(
                id="over-apology",
                text=(
                    "The plan gets finished, but the visit runs late. Nasrin looks tired by the "
                    "end. Next time, you notice that Farid corrects you more carefully, as if "
                    "worried about upsetting you."
                ),
                debrief=(
                    "Caring about getting a name right is good. But an apology that dwells on how "
                    "you feel puts your feelings at the centre, and then the family has to look after you. "
                    "Mistakes will happen. Repair them simply: thank the person, correct it, "
                    "check you have it right and carry on. Go back and try it."
                ),
            ),
        ],
    ),
]
