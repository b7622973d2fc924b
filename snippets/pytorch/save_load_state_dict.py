"""Save only the parameters (the state_dict) and load them into a freshly built model."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
state = net.state_dict()  # (1)!
print({name: tuple(t.shape) for name, t in state.items()})
torch.save(state, "net.pth")

clone = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))  # same layers, other weights
print(clone.load_state_dict(torch.load("net.pth", weights_only=True)))  # (2)!
X = torch.rand(2, 4)
print(torch.equal(net(X), clone(X)))
