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
        objectives=["crossing-vs-violation", "everyday-boundaries"],
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
                text="A worker sells a tenant his old car, and the tenant pays him back in monthly instalments",
                correct=True,
                feedback=(
                    "A violation, even at a fair price. The worker gains from the deal, and now the "
                    "tenant owes money to the person who supports him. If the car breaks down or a "
                    "payment is late, the tenant may not feel free to raise it. Selling things to "
                    "people you support is one of the extra roles the chapter puts off limits."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="boundaries-spot-dual",
        title="Spot the dual relationships",
        objectives=["dual-relationships"],
        prompt="Which of these are dual relationships? Select all that apply.",
        options=[
            Option(
                text="A woman you support rents the basement apartment in your house",
                correct=True,
                feedback=(
                    "Yes. You are her worker and also her landlord. If the rent is late or the "
                    "heat breaks, can she raise it with the person who supports her? Can you "
                    "stay fair?"
                ),
            ),
            Option(
                text="A man you support is the cashier at the pharmacy you use",
                correct=True,
                feedback=(
                    "Yes. You are his worker, and he serves you as a customer. It may be hard "
                    "to avoid in a small place. Then it is an overlap to name to your supervisor "
                    "and manage openly, and your privacy and his are both in play."
                ),
            ),
            Option(
                text="A teen from your youth drop-in plays on the basketball team you coach",
                correct=True,
                feedback=(
                    "Yes. You are his youth worker and his coach, two roles that can pull in "
                    "different directions. A fight at a game can follow you into the drop-in."
                ),
            ),
            Option(
                text="You and a co-worker both support the same family, on different days",
                feedback=(
                    "No. Sharing a family with a co-worker is teamwork, not a second role. You "
                    "each relate to the family in one role: their worker."
                ),
            ),
            Option(
                text="A man you support went to your high school, ten years before you did",
                feedback=(
                    "No. A shared school is a shared background, not a relationship: you have "
                    "never known him in any role but his worker's. If you had been classmates, "
                    "that would be a different answer."
                ),
            ),
            Option(
                text="You drive a man you support to a medical appointment in the agency van",
                feedback=(
                    "No. Driving him in the agency van, as part of his support, is one role: "
                    "his worker. Rides in your own car, off shift, would be a different "
                    "question."
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
                        text="Tell Wes you will step back from the choir this season",
                        next="quit",
                        consequence=(
                            'Wes looks at the floor. "I can quit instead," he says. You tell him '
                            "no, this is your decision. You drive home alone."
                        ),
                    ),
                    Choice(
                        text="Say yes to driving him home after choir practice each week",
                        next="rides",
                        consequence=(
                            "Wes grins. For the next few weeks, you drive him home after every "
                            "practice. He tells you about his week on the way, and sometimes about "
                            "work."
                        ),
                    ),
                    Choice(
                        text="Welcome him, and say you will talk about rides at work",
                        next="at-work",
                        best=True,
                        consequence=(
                            "You add that at work you can talk about how choir and work can both "
                            'go well. Wes nods. "OK. See you Thursday at the store." He says he '
                            "will walk home tonight."
                        ),
                    ),
                ],
            ),
            Step(
                id="at-work",
                text=(
                    "On Thursday at the store, Wes asks about the rides again. Your supervisor, "
                    "Anita, works from an office two towns over. What do you do?"
                ),
                choices=[
                    Choice(
                        text="Agree to the rides, and add a note about them to Wes's file",
                        next="on-file",
                        consequence=(
                            "Wes seems pleased. You start giving him rides, and you add a line to "
                            'his file: "Rides home from choir on Tuesdays."'
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
                        text="Go over and help him with the form this once",
                        next="tangled",
                        consequence=(
                            "It takes an hour. The next Sunday, Wes texts again. This time he "
                            "wants help with a fight he had with his sister."
                        ),
                    ),
                    Choice(
                        text="Walk him through the form by text, and tell your supervisor at your next check-in",
                        next="tangled",
                        consequence=(
                            "It takes twenty minutes, and Wes thanks you with three smiley faces. "
                            "The next Sunday, he texts again, this time about a fight with his sister."
                        ),
                    ),
                    Choice(
                        text="Say you will see him at work Monday, and call your supervisor that day",
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
                    "Anita asks what matters most to Wes about the choir and what worries you. She "
                    "reminds you of the agency's policy: rides in your own car, off shift, need her "
                    "OK and a written plan. Then she asks what you think the plan should be. What "
                    "do you suggest?"
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
                            "Anita agrees to try it for one month, with the plan written down. You "
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
                    "The rides go on. Most weeks, work talk creeps in somewhere between the church "
                    "and his street. At the one-month review, Wes has not asked anyone else in the "
                    "choir for a lift."
                ),
                debrief=(
                    "You named the overlap and took it to supervision, and that was the hard part. "
                    "Anita's OK made the rides allowed; it did not make them the best plan. The "
                    "rides were an extra role you could avoid, and a rule about what to "
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
                id="on-file",
                text=(
                    "Two months later, Anita reads Wes's file and finds the line about the rides. "
                    "She asks why she is hearing about it this way. Wes is worried that you are in "
                    "trouble because of him."
                ),
                debrief=(
                    "The rides alone were not the main problem, and writing them down was honest. "
                    "But a note in a file is not the same as talking it over. Nobody planned for "
                    "the overlap, and Anita learned of it after the fact. A dual relationship "
                    "that has not been talked through cannot be managed, and it puts the person "
                    "in the middle when it comes to light. Name it early: call your supervisor "
                    "before the new role starts. Go back and try again."
                ),
            ),
            Step(
                id="tangled",
                text=(
                    "You answer that text too, and the one the Sunday after. On Monday at the "
                    "store, Wes asks whether you can look at a letter from his bank this weekend."
                ),
                debrief=(
                    "Each step felt kind: a ride, then a text, then one form. Together they are "
                    "the start of boundary drift. Left alone, drift tends to go on: more texts, "
                    "more of Wes's life routed through one worker instead of his sister and his "
                    "choir, and a step back that will hurt him more the longer it waits. Waiting to "
                    "tell your supervisor, even until a check-in, leaves it running until then. The "
                    "best time to call your supervisor was before the rides began. The Sunday "
                    "text was another chance. Go back and try again."
                ),
            ),
        ],
    ),
    MultipleSelect(
        id="boundaries-gift-policy",
        title="Which gifts would you accept?",
        objectives=["everyday-boundaries"],
        prompt=(
            "Your agency's gift policy says: workers may accept small gifts of low value, such as a "
            "card, a drawing or something homemade, and must tell their supervisor. Workers may not "
            "accept cash, gift cards or gifts that come with a request. Which of these gifts would "
            "you accept, telling your supervisor as the policy asks? Select all that apply."
        ),
        options=[
            Option(
                text="A dishcloth that a woman knitted for you, given at her last visit before she moves away",
                correct=True,
                feedback=(
                    "Yes. It is small, homemade and given at a goodbye, when a gift often means "
                    '"remember me." Thank her warmly, tell your supervisor and write a short note.'
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
                    "meaning. Accept it with thanks and tell your supervisor."
                ),
            ),
            Option(
                text='A jar of homemade jam, offered with the question: "Could you drive me to bingo on Saturday?"',
                feedback=(
                    "No. The jam is small and homemade, but it comes with a request, so it is "
                    "really a trade. Accepting would leave you owing a favour outside your role. "
                    "You can thank the person, decline the jam and talk about other ways to get "
                    "to bingo."
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
            Option(
                text="A third batch of homemade cookies this month, from a tenant who has said she is short on groceries",
                feedback=(
                    "Not yet. The policy allows homemade gifts, but the other questions say pause. "
                    "The timing is a pattern of gifts during service, not one at a goodbye, and "
                    "her situation matters: she may be spending food money on you. Thank her "
                    "warmly, and talk with your supervisor about how to decline kindly and "
                    "whether she needs help with groceries."
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
        id="boundaries-touch",
        title="Marisol is crying in the common room",
        objectives=["everyday-boundaries"],
        prompt=(
            "Marisol, 46, comes to the day program where you work. You have supported her for a "
            "month. After a phone call about her father's cancer, she sits in the common room "
            "crying. Your first instinct is to hug her. What do you do?"
        ),
        options=[
            Option(
                text="Sit near her and ask whether she would like a hug or just company",
                correct=True,
                feedback=(
                    "Yes. Asking lets Marisol lead. Some people welcome a hug at a moment like "
                    "this; for others, touch they did not choose feels unsafe, and you do not "
                    "know her history yet. If she says no, accept it without question and stay "
                    "with her. If she says yes, keep it brief and in the open, and know your "
                    "agency's policy on touch."
                ),
            ),
            Option(
                text="Give her a quick hug, the way you would comfort a friend who is crying",
                feedback=(
                    "Not quite. The warmth is real, and a hug may be just what a friend would "
                    "want. But Marisol is not your friend, and you do not know what touch means "
                    "to her. Do not start physical contact that is not part of your role: ask "
                    "first, and let her lead."
                ),
            ),
            Option(
                text="Take her to the quiet room, close the door and give her a hug there",
                feedback=(
                    "Not this one. Giving her privacy is kind, but a hug behind a closed door is "
                    "the kind of touch the chapter warns about, and she was not asked. Offer the "
                    "quiet room if she wants it, ask before any touch, and keep touch brief and "
                    "in the open."
                ),
            ),
            Option(
                text="Stay where you are, and tell her that staff do not hug people here",
                feedback=(
                    "Not the best. It keeps a line, but it is too rigid at a sad moment, and it "
                    "may not even be your agency's rule. Marisol may feel pushed away just when "
                    "she needs someone. You can offer comfort without touch: sit with her, and "
                    "ask what would help."
                ),
            ),
        ],
    ),
    SingleChoice(
        id="boundaries-friend-request",
        title="Mateo follows your public account",
        objectives=["everyday-boundaries"],
        prompt=(
            "Mateo, 20, comes to the drop-in where you work. One evening, he starts following "
            'your public running-club account and comments "Nice time!" on your race photo. '
            "Your agency's policy says workers do not connect with people they support on "
            "personal accounts. What is the best response?"
        ),
        options=[
            Option(
                text="Remove him from your followers, and tell him kindly at the drop-in why",
                correct=True,
                feedback=(
                    "Yes. A follow is a connection, even on a public account, and the policy "
                    "closes it. Saying why in person, warmly, shows Mateo it is about your role, "
                    "not about him: you do not connect with anyone you support online, and you "
                    "are glad to see him at the drop-in. Tell your supervisor too, and think "
                    "about what a stranger can learn from that account."
                ),
            ),
            Option(
                text="Leave the follow in place, and do not reply to his comment",
                feedback=(
                    "Not quite. Saying nothing avoids an awkward moment, but the connection stays "
                    "open against policy, and Mateo is left guessing why you did not answer. A "
                    "short, kind word in person is better."
                ),
            ),
            Option(
                text="Reply to his comment with a friendly thanks, and keep work talk off the account",
                feedback=(
                    "Not a good choice. It is friendly, but replying makes the account a place "
                    "where you and Mateo talk, outside your role. Keeping work talk out does not "
                    "change that the two of you are now connected."
                ),
            ),
            Option(
                text="Remove him from your followers without a word, and stay as warm as ever at the drop-in",
                feedback=(
                    "Close, but not the best. Removing the follow is right, and the warmth is "
                    "good. But Mateo may notice, and without a word he may feel rejected without "
                    "knowing why. Tell him in person that it is about your role."
                ),
            ),
            Option(
                text="Send Mateo a private message on the app that explains the agency's policy",
                feedback=(
                    "Close, but not the best. Explaining is kind, but a private message on your "
                    "personal account opens the very channel the policy closes, and it invites a "
                    "reply at any hour. Say it in person, at the drop-in."
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
