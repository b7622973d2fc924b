"""Forgetting super().__init__() breaks the first layer assignment."""
from torch import nn


class Broken(nn.Module):
    def __init__(self):
        self.hidden = nn.Linear(4, 8)  # super().__init__() was never called

    def forward(self, X):
        return self.hidden(X)


try:
    Broken()
except AttributeError as err:
    print(err)
