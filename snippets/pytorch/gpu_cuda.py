"""On a CUDA machine: .cuda() puts a model and tensors on the GPU, .cpu() brings results back."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 2).cuda()  # like .to("cuda"): GPU 0, in place, returns layer
X = torch.randn(8, 4)
X_gpu = X.cuda()  # a copy on the GPU; X itself stays on the CPU
print(X.is_cuda, X_gpu.is_cuda, X_gpu.device)  # False True cuda:0

y_hat = layer(X_gpu)
print(y_hat.is_cuda, all(p.is_cuda for p in layer.parameters()))  # True True
print(y_hat.cpu().numpy().shape)  # NumPy needs the result back on the CPU: (8, 2)

try:
    layer(X)  # GPU weights, CPU input
except RuntimeError as error:
    print("device mismatch:", str(error).splitlines()[0])

Z = torch.zeros(2, 2, device="cuda")  # create on the GPU directly, no copy needed
print(Z.device)  # cuda:0
