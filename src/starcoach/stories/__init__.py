"""The story bank: the candidate's own stories, how well each fits each principle, and coverage of all 16."""
