"""Exercises for Chapter 6, Professional boundaries."""

from textbook.kit import (
    Choice,
    Matching,
    MultipleSelect,
    Option,
    Ordering,
    Pair,
    Reflection,
    Scenario,
    SingleChoice,
    Step,
)

EXERCISES = [
    Matching(
        id="boundaries-continuum",
        title="Place each act on the boundary continuum",
        objectives=["crossing-vs-violation"],
        prompt=(
            "Look back at the boundary continuum. Match each thing a worker does to the term "
            "that fits it best. Two of the terms fit none of them."
        ),
        pairs=[
            Pair(
                left=(
                    "A teenager gives a worker a birthday card he made for her. Her agency allows "
                    'small homemade gifts, but she hands it back and says only, "Rules are rules."'
                ),
                right="Too rigid",
            ),
            Pair(
                left="A worker asks a tenant how his job interview went, and listens to the whole story",
                right="Clear and warm",
            ),
            Pair(
                left="A worker goes to the funeral of a man she supported for six years, after talking it over with her supervisor",
                right="Crossing",
            ),
            Pair(
                left="A worker asks a woman he supports to lend him $40 until payday",
                right="Violation",
            ),
        ],
        extras=["Boundary drift", "Dual relationship"],
        rationale=(
            "Handing back a homemade card that the policy allows, with no thought for what it means "
            "to the teenager, is too rigid: it can leave him feeling rejected. Even when a policy "
            "says no, a warm thank-you and a reason soften the refusal. Asking about the "
            "interview and really listening is the everyday, clear and warm work the role is for. "
            "Going to a funeral is a step outside the usual role, so it is a crossing, and here a "
            "thoughtful one, talked over first. Borrowing money uses the person for the worker's "
            "benefit and puts her in a position where saying no is hard: that is a violation. None "
            "of these is boundary drift, which is a slow slide of small crossings that repeat, "
            "and none is a dual relationship, because each worker relates to the person in one "
            "role only."
        ),
    ),
    MultipleSelect(
        id="boundaries-crossing-or-violation",
        title="Is it a crossing or a violation?",
        objectives=["crossing-vs-violation"],
        prompt=("Which of these are boundary *violations*, not just crossings? Select all that apply."),
        options=[
            Option(
                text="A support worker asks a man she supports to keep it quiet that she lets him smoke in her car",
                correct=True,
                feedback=(
                    "A violation. Asking a person to keep a secret for you turns the relationship "
                    "around: now the person is protecting the worker. Secrecy is one of the "
                    "clearest signs that a boundary has been broken."
                ),
            ),
            Option(
                text="An education assistant tells a nervous student that she also found Grade 9 hard at first",
                feedback=(
                    "A crossing, and probably a helpful one. It is brief, it is about the past and "
                    "it serves the student's need to feel less alone. Then the focus goes back to "
                    "the student."
                ),
            ),
            Option(
                text="A youth worker starts dating a 19-year-old from his program",
                correct=True,
                feedback=(
                    "A violation, even though both are adults and the youth says yes. A romantic "
                    "or sexual relationship with a person you support is never part of the job. "
                    "The worker's power makes real consent impossible to be sure of."
                ),
            ),
            Option(
                text="An outreach worker tells friends at dinner about a man she met under a bridge, using his first name",
                correct=True,
                feedback=(
                    "A violation. The story belongs to the man, not to the worker. Sharing it for "
                    "entertainment breaks his privacy and uses his life for the worker's benefit."
                ),
            ),
            Option(
                text="At his mother's funeral, a man a worker supports reaches out for a hug, and she gives him a brief one",
                feedback=(
                    "A crossing, not a violation. The man started it, at a sad moment, and it was "
                    "brief and in the open. Context decides: a hug the person offers at a funeral "
                    "is not the same as a hug a worker starts with someone who has a history of "
                    "abuse. If you are unsure about touch, check your agency's policy and ask your "
                    "supervisor."
                ),
            ),
            Option(
                text="A worker accepts a small homemade card from a woman she supported, at their last visit, and tells her supervisor",
                feedback=(
                    "A crossing, and a harmless one. The gift is small, it marks a goodbye and it is "
                    "out in the open. Refusing it could hurt more than accepting it."
                ),
            ),
            Option(
                text="A worker sells a tenant his old car at a fair price, and the tenant needs a car",
                correct=True,
                feedback=(
                    "A violation, even at a fair price. The worker gains from the deal, and if the "
                    "car breaks down, the tenant may not feel free to complain to the person who "
                    "supports him. Business deals with people you support mix two roles that "
                    "should stay apart."
                ),
            ),
        ],
    ),
    Scenario(
        id="boundaries-small-town",
        title="Wes joins your choir in a small town",
        objectives=["dual-relationships", "using-supervision"],
        prompt=(
            "You are a job coach in a small town in rural Manitoba. You have sung in the community "
            "choir for years. Make each choice as you would on the job, and see where it leads."
        ),
        start="choir",
        steps=[
            Step(
                id="choir",
                text=(
                    "At the first choir practice of the fall, a new tenor walks in: Wes, 34, who "
                    "describes himself as autistic. You have coached him at his grocery store job "
                    "for a year. He sits "
                    'beside you and tells the group, "This is my job coach." After practice, he '
                    "asks if you can drive him home every week, since you live near him. "
                    "What do you do?"
                ),
                choices=[
                    Choice(
                        text="Tell Wes you will step back from the choir this season, to keep work and home life apart",
                        next="quit",
                        consequence=(
                            'Wes looks at the floor. "I can quit instead," he says. You tell him '
                            "no, this is your decision. You drive home alone."
                        ),
                    ),
                    Choice(
                        text="Say yes to the weekly rides; you drive right past his building anyway, and it is dark out",
                        next="rides",
                        consequence=(
                            "Wes grins. For the next few weeks, you drive him home after every "
                            "practice. He tells you about his week on the way, and sometimes about "
                            "work."
                        ),
                    ),
                    Choice(
                        text="Say you are glad he joined, and that you will talk about the rides at work on Thursday",
                        next="at-work",
                        best=True,
                        consequence=(
                            "You add that at work you can talk about how choir and work can both "
                            'go well. Wes nods. "OK. See you Thursday at the store." Another choir '
                            "member gives him a lift home tonight."
                        ),
                    ),
                ],
            ),
            Step(
                id="at-work",
                text=(
                    "On Thursday, Wes asks about the rides again. You have not spoken with your "
                    "supervisor, Anita, yet. She works two towns over, but she is easy to reach by "
                    "phone. What do you do?"
                ),
                choices=[
                    Choice(
                        text=(
                            "Agree with Wes that at choir you are just friends, and that there is "
                            "no need to tell anyone at work"
                        ),
                        next="secret",
                        consequence=(
                            "Wes seems pleased. You start giving him rides, and you leave the choir out of your notes."
                        ),
                    ),
                    Choice(
                        text="Say yes to the rides for now, and plan to mention them to Anita at your monthly check-in",
                        next="rides",
                        consequence=(
                            "Wes is pleased. You drive him home after the next practice and make "
                            "a mental note to bring it up with Anita next month."
                        ),
                    ),
                    Choice(
                        text="Tell Wes you need to check with Anita first, and call her that afternoon",
                        next="supervision",
                        consequence=(
                            "Wes says that is fine. Anita picks up on the second ring and listens to the whole story."
                        ),
                    ),
                ],
            ),
            Step(
                id="rides",
                text=(
                    "Three weeks later, on a Sunday, Wes texts your personal phone. He got the "
                    "number from the choir list. He asks if you can come over and help him fill "
                    "out a form from his landlord. He has also started telling choir members "
                    "about problems at work. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Go over and help with the form this once; it is a short form, and he is stuck",
                        next="tangled",
                        consequence=(
                            "It takes an hour. The next Sunday, Wes texts again. This time he "
                            "wants help with a fight he had with his sister."
                        ),
                    ),
                    Choice(
                        text="Help by text: ask him to send a photo of the form and walk him through it",
                        next="tangled",
                        consequence=(
                            "It takes twenty minutes, and Wes thanks you with three smiley faces. "
                            "The next Sunday, he texts again, this time about a fight with his sister."
                        ),
                    ),
                    Choice(
                        text="Reply that you will see him at work on Monday, then tell your supervisor the whole story",
                        next="supervision",
                        consequence=(
                            "On Monday, you call your supervisor, Anita, and tell her about the "
                            "choir, the rides and the text. You admit you should have called "
                            "sooner. Anita thanks you for raising it now."
                        ),
                    ),
                ],
            ),
            Step(
                id="supervision",
                text=(
                    "Anita asks what matters most to Wes about the choir, what worries you, and "
                    "what the agency's policy says about giving rides in your own car. Then she "
                    "asks what you think the plan should be. What do you suggest?"
                ),
                choices=[
                    Choice(
                        text="Ask Anita to move Wes to another job coach, and keep singing in the choir as before",
                        next="supervision",
                        consequence=(
                            "Anita reminds you that you are the only job coach within an hour's "
                            "drive. Moving Wes would cost him his support at work, because of "
                            "something he did right: joining his community. She asks you to think "
                            "again."
                        ),
                    ),
                    Choice(
                        text="Stay a fellow singer, give no rides, and help Wes ask the choir about a carpool",
                        next="both-roles",
                        consequence=(
                            "You add that work talk would wait for work, and that you would write a "
                            "short note and review the plan with her in a month. Anita agrees, and "
                            "adds one thing: talk it through with Wes and ask what he wants. You "
                            "meet with Wes the next day."
                        ),
                    ),
                    Choice(
                        text="Keep giving Wes rides after practice, but agree with him that work talk stays out of the car",
                        next="car",
                        consequence=(
                            "Anita says it is your call, as long as you write the plan down. You "
                            "explain the new rule to Wes on the next drive."
                        ),
                    ),
                ],
            ),
            Step(
                id="both-roles",
                text=(
                    "You tell Wes that you are glad to sing with him, and that at choir you are "
                    "both just singers. Work talk waits for work. Wes says he wants to tell people "
                    "he has a job, and you agree that is his story to tell. He asks the choir "
                    "about rides, and a retired teacher who lives on his street offers one. In a "
                    "month, you and Anita review the plan. It is working."
                ),
                best=True,
                debrief=(
                    "This is the practice the chapter teaches. In a small town, you could not "
                    "avoid the dual relationship, and you did not need to. You took it to "
                    "supervision and made a plan that kept both roles clear. If you came here by "
                    "way of the rides, notice that naming the overlap at the start would have been "
                    "easier still. Wes kept "
                    "his choir and his job coach, and he gained a ride from someone in his own "
                    "community, which is better for him than depending on a worker."
                ),
            ),
            Step(
                id="car",
                text=(
                    "The rides go on all winter. Most weeks, work talk creeps in somewhere between "
                    "the church and his street. Wes has not asked anyone else in the choir for a lift."
                ),
                debrief=(
                    "You named the overlap and took it to supervision, and that was the hard part. "
                    "But the rides were an extra role you could avoid, and a rule about what to "
                    "talk about is hard to keep in a car, alone, once a week. Wes also kept leaning "
                    "on his worker instead of on people in his own community. In a small town, "
                    "manage the overlap you cannot avoid, and avoid the extra roles you can. Go "
                    "back and try another plan."
                ),
            ),
            Step(
                id="quit",
                text=(
                    "You stop going to choir. Wes keeps going, but at work he is quiet for a few "
                    "weeks. Later he tells you he thought he did something wrong."
                ),
                debrief=(
                    "Leaving protected you from the overlap, but at a cost. You gave up something "
                    "that mattered to you, and Wes learned that joining his community drove his "
                    "worker away. In a small town, you cannot avoid every dual relationship. The "
                    "goal is to manage it openly, with your supervisor. Go back and try another way."
                ),
            ),
            Step(
                id="secret",
                text=(
                    "Two months later, a co-worker hears about the rides from a choir member and "
                    "mentions them to Anita. Anita asks why she is hearing about it this way. Wes "
                    "is worried that you are in trouble because of him."
                ),
                debrief=(
                    "The rides alone were not the main problem. The secret was. A dual "
                    "relationship that is hidden cannot be planned for, and it puts the person in "
                    "the middle when it comes out. If you want to keep something from your "
                    "supervisor, that is the clearest sign to bring it up. Go back and try again."
                ),
            ),
            Step(
                id="tangled",
                text=(
                    "By winter, Wes texts you most weekends. He has stopped calling his sister "
                    "for help, and at work he calls you his best friend. You feel tired, and you "
                    "are not sure how to step back without hurting him."
                ),
                debrief=(
                    "Each step felt kind: a ride, then a text, then one form. Together they "
                    "became boundary drift. Wes now leans on one worker instead of the people in "
                    "his own life, and stepping back will hurt him. The best time to call your "
                    "supervisor was before the rides began. The Sunday text was another chance, "
                    "and telling your supervisor then would have helped you both. Go back and try "
                    "again."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="boundaries-gift-policy",
        title="Which gifts does the policy allow?",
        objectives=["everyday-boundaries"],
        prompt=(
            "Your agency's gift policy says: workers may accept small gifts of low value, such as a "
            "card, a drawing or something homemade, and must tell their supervisor. Workers may not "
            "accept cash, gift cards or gifts that come with a request. Under this policy, which "
            "of these gifts could you accept? Select all that apply."
        ),
        options=[
            Option(
                text="A wooden loon that Doug carved himself, given at his last visit",
                correct=True,
                feedback=(
                    "Yes. It is small, homemade and given at a goodbye. Thank Doug warmly, tell "
                    "your supervisor and write a short note, as Aisha did."
                ),
            ),
            Option(
                text="A $50 grocery gift card from a tenant who says you have earned it",
                feedback=(
                    "No. The policy rules out gift cards, and for good reason: a gift card is as "
                    "good as cash, and the tenant may need that money for food. Thank the tenant "
                    "warmly for the thought, explain the rule and tell your supervisor."
                ),
            ),
            Option(
                text="A drawing of you and the class hamster, made by a Grade 2 student you support",
                correct=True,
                feedback=(
                    "Yes. Refusing a child's drawing would hurt, and it has no value except its "
                    "meaning. Accept it with thanks and let the teacher or your supervisor know."
                ),
            ),
            Option(
                text='Two concert tickets, offered with the question: "Could you drive me to my sister\'s place on Sunday?"',
                feedback=(
                    "No. This gift comes with a request, so it is really a trade. Accepting would "
                    "leave you owing a favour outside your role. You can thank the person, decline "
                    "the tickets and talk about other ways to get to their sister's."
                ),
            ),
            Option(
                text="A plate of homemade samosas that a woman brings for the whole team at the drop-in",
                correct=True,
                feedback=(
                    "Yes. It is homemade, low in value and shared with everyone, and it may be an "
                    "important way for her to show thanks and respect. Tell your supervisor, and "
                    "enjoy them with the team."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="boundaries-self-disclosure",
        title="Jordan asks whether you were nervous",
        objectives=["everyday-boundaries"],
        prompt=(
            "Jordan, 22, is in a mental health day program. He tells you he is scared about his "
            'first week at college. He asks, "Were you nervous when you started?" Which answer is '
            "the most helpful?"
        ),
        options=[
            Option(
                text=('"I was. My first week felt huge, and it got easier. What part of the week worries you most?"'),
                correct=True,
                feedback=(
                    "Yes. This disclosure is short, true, about the past and meant to help Jordan "
                    "feel less alone. Then it turns the focus straight back to him."
                ),
            ),
            Option(
                text='"I do not talk about my personal life with clients."',
                feedback=(
                    "Not the best choice. It keeps a boundary, but it is too rigid. Jordan asked a "
                    "simple, friendly question, and a flat refusal may leave him feeling shut out "
                    "just when he is scared."
                ),
            ),
            Option(
                text=(
                    '"Honestly, I had panic attacks through most of first year, and I still get them. '
                    'Last week I almost called in sick."'
                ),
                feedback=(
                    "Not the best choice. This shares a struggle you are still in the middle of. "
                    "Jordan may start to worry about you, or feel he should take care of you, "
                    "which reverses the relationship."
                ),
            ),
            Option(
                text='"Let me tell you the whole story of my first week, it was wild."',
                feedback=(
                    "Not quite. A long story shifts the focus to you. A short answer, followed by a "
                    "question about Jordan, keeps the conversation about his needs."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="boundaries-friend-request",
        title="Kayla sends you a friend request",
        objectives=["everyday-boundaries"],
        prompt=(
            "Kayla, 19, from the coffee group, sends you a friend request on your personal social "
            "media account. Your agency's policy says workers do not connect with people they "
            "support on personal accounts. What is the best response?"
        ),
        options=[
            Option(
                text="Decline it, and at the next group tell Kayla kindly that it is about your role",
                correct=True,
                feedback=(
                    "Yes. You keep the boundary and the relationship. Saying it in person, in "
                    "private and warmly, shows Kayla it is about your role, not about her. You can "
                    "tell her you were glad she thought of you, that the rule is the same for "
                    "everyone you support, and that you are glad she comes to the group. Tell your "
                    "supervisor too: the request may be a sign that Kayla is lonely."
                ),
            ),
            Option(
                text="Accept it, and set your privacy settings so she cannot see your personal posts",
                feedback=(
                    "Not a good choice. It tries to spare Kayla's feelings, but you are still "
                    "connected, outside your role and against policy. Settings leak, and Kayla may "
                    "notice that she is being kept out, which can hurt more than a kind no."
                ),
            ),
            Option(
                text="Decline it, and send Kayla a kind private message on the app that explains the agency's policy",
                feedback=(
                    "Close, but not the best. Declining is right, and explaining is kind. But a "
                    "private message on your personal account opens the very channel the policy "
                    "closes, and it invites a reply at any hour. Say it in person, at the group."
                ),
            ),
            Option(
                text="Decline it without a word, and be as warm as ever with her at the coffee group",
                feedback=(
                    "Not the best choice. It avoids an awkward moment, and the warmth is good. But "
                    "Kayla is left guessing, and she may feel rejected without knowing why. A short, "
                    "kind word in person is better."
                ),
            ),
            Option(
                text="Accept for now, and quietly unfriend her once her time in the program ends",
                feedback=(
                    "Not a good choice. It breaks the policy now, and unfriending her later is "
                    "likely to feel like a rejection at the very moment her support ends."
                ),
            ),
        ],
    ),
    Ordering(
        id="boundaries-supervision-steps",
        title="Order the steps when asked for a reference",
        objectives=["using-supervision"],
        prompt=(
            "A tenant you support has asked you to be a reference for his apartment application. "
            "You are not sure it is part of your role. Put these steps in the best order."
        ),
        items=[
            "Tell the tenant you want to give him a good answer, and that you will check first",
            "Write down the facts, your question and the options you can see",
            "Bring it to your supervisor and agree on a plan",
            "Give the tenant your answer and explain it in plain words",
            "Write a short note of what you decided and what you told the tenant, as your agency asks",
        ],
        rationale=(
            'You do not need to answer on the spot: a quick, honest "let me check" respects the '
            "tenant and buys you time to think. Preparing the facts, your question and your "
            "options makes the supervision meeting short and useful. Your supervisor can tell you "
            "what the policy allows and help you weigh the options. Then you go back to the "
            "tenant, because he is waiting and the answer affects him. Last, a short note keeps "
            "the team informed and shows the decision was made in the open."
        ),
    ),
    Reflection(
        id="boundaries-my-pattern",
        title="Reflect on your own boundary pattern",
        objectives=["using-supervision", "crossing-vs-violation"],
        prompt=(
            "Look back at the boundary continuum. Under stress, do you tend to lean toward too "
            "rigid, or toward too involved? Describe a time from work, school, volunteering or "
            "family life that shows your pattern. Then name one boundary situation you expect to "
            "face in your practicum, and write how you would bring it to a supervisor. Your answer "
            "stays in your own browser."
        ),
        checklist=[
            "Did I name which way I tend to lean, and give a real example?",
            "Did I think about why I lean that way, for example my values, family or past jobs?",
            "Did I name one boundary situation I expect to face, such as a gift, a friend request or meeting someone in my community?",
            "Did I say how I would bring it to a supervisor: when, and what facts and questions I would bring?",
            "Did I keep private details to what I am comfortable writing down, and leave out names or details that could identify anyone else?",
        ],
        min_words=60,
    ),
]
