"""Exercises for Chapter 4, Knowing yourself: values, beliefs and social location."""

from textbook.kit import (
    Band,
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
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
                    '"Visited at 11:30 a.m. Curtis answered the door in his bathrobe; blinds '
                    "closed. He said he had not called the thrift store. He said his back pain "
                    'kept him up last night."'
                ),
                correct=True,
                feedback=(
                    "Yes. This note describes what Hannah saw and heard, including what Curtis "
                    "said in his own words. It leaves out her conclusions, so the next worker can "
                    "meet Curtis without a label already in place."
                ),
            ),
            Option(
                text='"Curtis lacks motivation but was polite today."',
                feedback=(
                    'Not quite. Adding something kind does not fix the problem. "Lacks '
                    'motivation" is still a judgment, not something Hannah saw, and it will '
                    "shape how the next worker sees Curtis."
                ),
            ),
            Option(
                text='"Curtis seems depressed and should see a doctor about it."',
                feedback=(
                    "Not this one. It swaps one conclusion for another, and suggesting a "
                    "diagnosis is outside a support worker's scope of practice. If Hannah is "
                    "worried about his mood, she can describe what she saw and tell her "
                    "supervisor."
                ),
            ),
            Option(
                text='"Curtis slept in again. No progress on goals."',
                feedback=(
                    'Close, but not yet. "Again" hints at a pattern Hannah has not shown, and '
                    '"no progress on goals" treats the thrift store as Curtis\'s goal when it '
                    "was Hannah's idea. Stick to what happened and what Curtis said."
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
                left="In the community where you grew up, elders were always served first at a shared meal",
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
                left="Helping your brother recover from a brain injury taught you to value patience",
                right="Life experience",
            ),
        ],
        rationale=(
            "Family sayings carry values from one generation to the next. Customs such as "
            "serving elders first are learned in a culture and community. Faith traditions teach "
            "duties such as giving. Coaches, teachers and friends teach what counts as fair or "
            'successful. Media repeats pictures of a "normal" or "good" life until they feel '
            "true. Hard experiences often shape values most of all. In real life, the sources "
            "overlap: a family saying may carry a faith or a culture too. What matters is that "
            "you can trace a value back to where you learned it."
        ),
    ),
    SelfCheck(
        id="knowing-yourself-values-check",
        title="Rate how well you know your values",
        objectives=["values-origins"],
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
                text='"Typical for someone from that building."',
                correct=True,
                feedback=(
                    "Yes. This judges a person by a group they belong to, which is how "
                    "stereotypes work. It tells the next worker nothing about what happened."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="knowing-yourself-power-sources",
        title="Name the power you hold as a worker",
        objectives=["social-location-power"],
        prompt=(
            "You are a new, part-time support worker in a group home. Which of these are "
            "sources of power you may hold in your relationship with a person you support? "
            "Select all that apply."
        ),
        options=[
            Option(
                text="You write the shift notes that the team, and later workers, will read and trust.",
                correct=True,
                feedback=(
                    "Yes. Your words shape how others see the person, often for years. That is "
                    "why describing before deciding matters so much."
                ),
            ),
            Option(
                text="You hold the keys, the petty cash or the car.",
                correct=True,
                feedback=(
                    "Yes. Control over things the person needs or wants to use is a real source "
                    "of power, even when you are following agency rules."
                ),
            ),
            Option(
                text="If you and the person describe an incident differently, your account may be more likely to be believed.",
                correct=True,
                feedback=(
                    "Yes. Staff reports often carry weight with an agency. Knowing this should "
                    "make you careful to record the person's own account as well as your own."
                ),
            ),
            Option(
                text="You can call the person's family, a doctor or the police.",
                correct=True,
                feedback=(
                    "Yes. Sometimes these calls are needed. But the ability to bring others into "
                    "a person's life is power, and the person knows it."
                ),
            ),
            Option(
                text="You hold little power, because you are new, part-time and low on the agency chart.",
                feedback=(
                    "Not quite. Your place in the agency and your power in the relationship are "
                    "different things. Even on your first shift, you hold real power in the life "
                    "of the person you support."
                ),
            ),
            Option(
                text="The person you support holds no power in the relationship.",
                feedback=(
                    "No. The person is the expert on their own life and has rights, including the "
                    "right to say no. Their power is easier to overlook, which is why your job is "
                    "to make room for it."
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
                        text="Notice the knot, name it to yourself, and hand Dale the supplies as the program does",
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
                text=("Dale does not come back. You learn later that he used with old supplies that night, alone."),
                debrief=(
                    "Being honest about your discomfort is a good instinct, but saying it to Dale, "
                    "in the moment, made your value conflict his problem. Dale went without "
                    "supplies that protect his health. If a task truly conflicts with your "
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
                        text="Thank him for telling you, and ask if he would like to go over the program's information on not using alone",
                        next="safer",
                        consequence=(
                            "Dale nods. You go over the information together. He says he will "
                            "ask his neighbour to check on him, and he shows you where he will "
                            "keep the naloxone kit."
                        ),
                    ),
                    Choice(
                        text="Tell him about your uncle, and urge him to think about quitting for good",
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
                id="safer",
                text=(
                    "Your shift ends. Dale is safer than when he knocked, but you still feel "
                    "uneasy. You keep thinking about your uncle. What do you do with that feeling?"
                ),
                choices=[
                    Choice(
                        text="Ask your supervisor for time to talk about it at your next supervision meeting",
                        next="supervision",
                        consequence=(
                            "Your supervisor makes time on Wednesday. You talk about your uncle, "
                            "about Dale and about what harm reduction asks of you."
                        ),
                    ),
                    Choice(
                        text="Push the feeling down. It is part of the job, and you did what you were supposed to do",
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
    Ordering(
        id="knowing-yourself-clash-steps",
        title="Order Tomás's steps when values clash",
        objectives=["personal-vs-professional"],
        prompt=(
            "Tomás is a youth worker whose faith holds teachings about sexuality. Jordan, 17, "
            "tells him he is gay and asks for help finding a support group. Put the steps Tomás "
            "takes in the order this chapter suggests."
        ),
        items=[
            "Notice his own reaction: a moment of unease",
            "Name the value behind it: a teaching of his faith",
            "Separate his choice from Jordan's: this is Jordan's life and Jordan's question",
            "Check the professional values, agency policy and Jordan's plan",
            "Help Jordan find a local 2SLGBTQ+ youth group, within his role",
            "Reflect afterward and talk it through in supervision",
        ],
        rationale=(
            "A value conflict starts inside you, so the first step is to notice your reaction "
            "and then name the value behind it. Naming it puts some space between you and the "
            "feeling. Next, separate your choice from the person's: whose life is it? Then check "
            "what your role asks of you, through the professional values, your agency's policy "
            "and the person's plan. Only then do you act, within your role and without "
            "preaching. Afterward, reflect and bring it to supervision, so that you can keep "
            "your faith and still serve every young person well."
        ),
    ),
    SingleChoice(
        id="knowing-yourself-humble-question",
        title="Open a first meeting with cultural humility",
        objectives=["cultural-humility"],
        prompt=(
            "You are meeting a person you will support for the first time. Their background "
            "differs from yours in several ways. Which opening question best shows cultural "
            "humility?"
        ),
        options=[
            Option(
                text='"What should I know about you, your family or your traditions to support you well?"',
                correct=True,
                feedback=(
                    "Yes. This question lets the person lead and treats them as the expert on "
                    "their own life and culture. It does not assume anything about them based on "
                    "a group."
                ),
            ),
            Option(
                text='"Where are you really from?"',
                feedback=(
                    'Not this one. The word "really" suggests the person does not belong here, '
                    "and many people hear this question that way. If where someone grew up "
                    "matters to their support, they can tell you when you ask an open question."
                ),
            ),
            Option(
                text='"In your culture, do the men make the decisions?"',
                feedback=(
                    "Not quite. This asks one person to speak for a whole group, and it builds a "
                    "stereotype into the question. Ask about this person and their family, not "
                    'about "your culture."'
                ),
            ),
            Option(
                text='"I treat everyone the same, so culture will not matter here, right?"',
                feedback=(
                    "Not this one. Treating everyone the same can sound fair, but it ignores real "
                    "differences in people's lives and in power. It also tells the person that "
                    "what matters to them is not welcome in the conversation."
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
                        text="Direct your questions to Farid, since the article said the family decides together",
                        next="sidelined",
                        consequence=(
                            "Farid answers your questions for his mother. After a few minutes, "
                            'Nasrin says something to him, and he laughs. "She says she can '
                            'speak for herself."'
                        ),
                    ),
                    Choice(
                        text="Tell them you have read about Afghan culture, so you already know what they need",
                        next="expert",
                        consequence=(
                            "Farid raises an eyebrow. Nasrin looks at the floor. The visit becomes polite and short."
                        ),
                    ),
                    Choice(
                        text=(
                            "Greet Nasrin directly, introduce yourself and ask how she would like "
                            "to be called and which language she prefers. Mention that your agency "
                            "can book an interpreter"
                        ),
                        next="ask",
                        consequence=(
                            "Nasrin smiles. Through Farid, she says she would like to be called "
                            "Nasrin. For private health matters, she would like an interpreter "
                            "she does not know."
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
                    "Over the next weeks, Nasrin tells you little about what she wants. Farid "
                    "asks the agency whether another worker is available."
                ),
                debrief=(
                    "Claiming to already know a family's needs is the opposite of cultural "
                    "humility. It puts you in the role of expert on their lives, widens the power "
                    "imbalance and leaves no room for them to teach you. Nasrin is the expert on "
                    "her own life and culture. Start from curiosity, not from what you have read."
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
                        text="Ask her when she prays and what help in the kitchen would look like to her, then plan the visits around her answers",
                        next="plan",
                        consequence=(
                            "Nasrin explains. Together you find a shower time that would fit "
                            "around her prayers, and you plan to start with one simple dish she "
                            "chooses. You tell her you will ask your supervisor to change the "
                            "schedule and let her know what they say."
                        ),
                    ),
                    Choice(
                        text="Explain that the 10 a.m. schedule is fixed, and that cooking can wait until she is stronger",
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
                id="plan",
                text=(
                    "As you write up the plan, you say Nasrin's family name wrong twice. Farid "
                    "gently corrects you. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Thank him, say the name again the right way, check with Nasrin that you have it, and carry on",
                        next="repair",
                        consequence=(
                            "Nasrin nods and says it once more, slowly. You repeat it. She smiles, "
                            "and you go back to the plan."
                        ),
                    ),
                    Choice(
                        text="Apologize at length, explain that you are terrible with names, and say how embarrassed you feel",
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
                id="over-apology",
                text=(
                    "The plan gets finished, but the visit runs late. Nasrin looks tired by the "
                    "end. Next time, you notice that Farid corrects you more carefully, as if "
                    "worried about upsetting you."
                ),
                debrief=(
                    "Caring about getting a name right is good. But a long, anxious apology puts "
                    "your feelings at the centre, and then the family has to look after you. "
                    "Mistakes will happen. Repair them simply: thank the person, correct it, "
                    "check you have it right and carry on. Go back and try it."
                ),
            ),
        ],
    ),
]
