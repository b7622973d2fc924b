"""DataParallel and torch.compile wrap a model; the wrapper's state_dict keys get a prefix."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
parallel = nn.DataParallel(net)  # (1)!
compiled = torch.compile(net)  # (2)!
print(parallel.module is net, compiled._orig_mod is net)
print(list(parallel.state_dict()))
print(list(compiled.state_dict()))
torch.save(compiled.state_dict(), "net_compiled.pth")
